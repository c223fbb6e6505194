namespace Platform.Contracts.AssistanceRequests;

/// <summary>A Party's request for assistance changed (its subject, status or outcome).</summary>
public sealed record AssistanceRequestRevised
{
    public required AssistanceRequestSnapshot Request { get; init; }
}
