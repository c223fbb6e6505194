namespace Platform.Contracts.Partners;

/// <summary>An engagement was edited.</summary>
public sealed record EngagementRevised
{
    public required EngagementSnapshot Engagement { get; init; }
}
