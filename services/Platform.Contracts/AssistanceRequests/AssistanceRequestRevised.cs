namespace Platform.Contracts.AssistanceRequests;

/// <summary>A Party's request for assistance changed (its subject, status or outcome).</summary>
public sealed record AssistanceRequestRevised : IItemEvent
{
    string IItemEvent.ItemKey => $"assistance-request:{Request.Id}";

    public required AssistanceRequestSnapshot Request { get; init; }
}
