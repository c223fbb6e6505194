namespace Platform.Contracts.Partners;

/// <summary>An engagement was edited.</summary>
public sealed record EngagementRevised : IItemEvent
{
    string IItemEvent.ItemKey => $"engagement:{Engagement.Id}";

    public required EngagementSnapshot Engagement { get; init; }
}
