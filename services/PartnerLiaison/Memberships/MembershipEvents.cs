namespace PartnerLiaison.Memberships;

/// <summary>The membership as its events carry it, and as the contribution API serves it.</summary>
internal static class MembershipEvents
{
    public static MembershipChanged Changed(Membership membership) => new() { Membership = Snapshot(membership) };

    public static MembershipSnapshot Snapshot(Membership membership) => new()
    {
        Id = membership.Id,
        Version = membership.Version,
        PartnerId = membership.PartnerId,
        Status = membership.Status,
        StartedOn = membership.StartedOn,
        EndedOn = membership.EndedOn,
        Mandates = [.. membership.Mandates],
        History = membership.History.OrderBy(change => change.Sequence).Select(change => new MembershipStatusChangeSnapshot
        {
            Status = change.Status,
            On = change.On,
            Mandates = [.. change.Mandates],
            Note = change.Note,
            RecordedAt = Utc(change.RecordedAt),
        }).ToList(),
        UpdatedAt = Utc(membership.UpdatedAt),
    };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
