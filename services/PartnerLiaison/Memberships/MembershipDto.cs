namespace PartnerLiaison.Memberships;

public sealed record MembershipDto(
    Guid Id,
    int Version,
    string PartnerId,
    string Status,
    IReadOnlyList<string> NextStatuses,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    IReadOnlyList<string> Mandates,
    IReadOnlyList<MembershipStatusChangeDto> History,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static MembershipDto From(Membership membership) => new(
        membership.Id,
        membership.Version,
        membership.PartnerId,
        membership.Status,
        MembershipStatus.ReachableFrom(membership.Status),
        membership.StartedOn,
        membership.EndedOn,
        membership.Mandates,
        membership.History.OrderBy(change => change.Sequence).Select(MembershipStatusChangeDto.From).ToList(),
        DateTime.SpecifyKind(membership.CreatedAt, DateTimeKind.Utc),
        DateTime.SpecifyKind(membership.UpdatedAt, DateTimeKind.Utc));
}

public sealed record MembershipStatusChangeDto(
    string Status, DateOnly? On, IReadOnlyList<string> Mandates, string Note, DateTime RecordedAt, string RecordedBy)
{
    public static MembershipStatusChangeDto From(MembershipStatusChange change) => new(
        change.Status, change.On, change.Mandates, change.Note,
        DateTime.SpecifyKind(change.RecordedAt, DateTimeKind.Utc), change.RecordedBy);
}
