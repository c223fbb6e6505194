namespace Platform.Contracts.AssistanceRequests;

/// <summary>A Party's request for assistance was recorded.</summary>
public sealed record AssistanceRequestOpened
{
    public required AssistanceRequestSnapshot Request { get; init; }
}
