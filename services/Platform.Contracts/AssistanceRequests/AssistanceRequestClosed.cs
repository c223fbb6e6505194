namespace Platform.Contracts.AssistanceRequests;

/// <summary>A Party's request for assistance was closed, with its outcome.</summary>
public sealed record AssistanceRequestClosed
{
    public required AssistanceRequestSnapshot Request { get; init; }
}
