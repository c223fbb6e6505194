namespace Platform.Contracts.Partners;

/// <summary>An engagement was withdrawn (recorded in error); it no longer counts in reports.</summary>
public sealed record EngagementWithdrawn : IItemEvent
{
    string IItemEvent.ItemKey => $"engagement:{Engagement.Id}";

    public required EngagementSnapshot Engagement { get; init; }
}
