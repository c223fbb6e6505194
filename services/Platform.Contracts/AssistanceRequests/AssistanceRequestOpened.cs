namespace Platform.Contracts.AssistanceRequests;

/// <summary>A Party's request for assistance was recorded.</summary>
public sealed record AssistanceRequestOpened : IItemEvent
{
    string IItemEvent.ItemKey => $"assistance-request:{Request.Id}";

    public required AssistanceRequestSnapshot Request { get; init; }
}
