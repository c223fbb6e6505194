namespace Platform.Contracts.Partners;

/// <summary>The liaison team recorded an engagement with partners: a meeting, a communication, an agreement or joint work.</summary>
public sealed record EngagementRecorded : IItemEvent
{
    string IItemEvent.ItemKey => $"engagement:{Engagement.Id}";

    public required EngagementSnapshot Engagement { get; init; }
}
