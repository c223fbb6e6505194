namespace Platform.Contracts.AssistanceRequests;

/// <summary>A Party's request for assistance was closed, with its outcome.</summary>
public sealed record AssistanceRequestClosed : IItemEvent
{
    string IItemEvent.ItemKey => $"assistance-request:{Request.Id}";

    public required AssistanceRequestSnapshot Request { get; init; }
}
