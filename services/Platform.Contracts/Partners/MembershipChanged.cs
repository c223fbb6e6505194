namespace Platform.Contracts.Partners;

/// <summary>
/// The Secretariat's standing with a body was recorded or moved to another status
/// (<c>invited</c>, <c>applied</c>, <c>member</c>, <c>observer</c>, <c>ended</c>).
/// </summary>
public sealed record MembershipChanged : IItemEvent
{
    string IItemEvent.ItemKey => $"membership:{Membership.Id}";

    public required MembershipSnapshot Membership { get; init; }
}
