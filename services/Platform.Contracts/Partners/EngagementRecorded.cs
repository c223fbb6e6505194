namespace Platform.Contracts.Partners;

/// <summary>The liaison team recorded an engagement with partners: a meeting, a communication, an agreement or joint work.</summary>
public sealed record EngagementRecorded
{
    public required EngagementSnapshot Engagement { get; init; }
}
