using Platform.Contracts.Contributions;

namespace PartnerLiaison.Contributions;

/// <summary>
/// Which records fall in a period. The directory and the coalitions are reference data: every
/// partner not retired before the period began counts, and every coalition. Memberships count
/// when their standing overlaps the period, engagements when their dates do (withdrawn ones
/// never), transmissions when they were made in it.
/// </summary>
public static class ContributionManifestQuery
{
    public static async Task<List<ContributionEntry>> ItemsAsync(
        PartnerLiaisonDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var periodStart = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var items = new List<ContributionEntry>();

        items.AddRange((await db.Organisations.AsNoTracking()
                .Where(o => !o.Retired || o.RetiredAt >= periodStart)
                .Select(o => new { o.Id, o.Version })
                .ToListAsync(cancellationToken))
            .Select(o => new ContributionEntry { Kind = ContributionKinds.Partner, Id = o.Id, Version = o.Version }));

        items.AddRange((await db.Memberships.AsNoTracking()
                .Where(m => (m.StartedOn == null || m.StartedOn <= to) && (m.EndedOn == null || m.EndedOn >= from))
                .Select(m => new { m.Id, m.Version })
                .ToListAsync(cancellationToken))
            .Select(m => new ContributionEntry { Kind = ContributionKinds.Membership, Id = m.Id.ToString(), Version = m.Version }));

        items.AddRange((await db.Coalitions.AsNoTracking()
                .Select(c => new { c.Id, c.Version })
                .ToListAsync(cancellationToken))
            .Select(c => new ContributionEntry { Kind = ContributionKinds.Coalition, Id = c.Id, Version = c.Version }));

        items.AddRange((await db.Engagements.AsNoTracking()
                .Where(e => !e.Withdrawn && e.Start <= to && (e.End ?? e.Start) >= from)
                .Select(e => new { e.Id, e.Version })
                .ToListAsync(cancellationToken))
            .Select(e => new ContributionEntry { Kind = ContributionKinds.Engagement, Id = e.Id.ToString(), Version = e.Version }));

        items.AddRange((await db.Transmissions.AsNoTracking()
                .Where(t => t.TransmittedOn >= from && t.TransmittedOn <= to)
                .Select(t => new { t.Id, t.Version })
                .ToListAsync(cancellationToken))
            .Select(t => new ContributionEntry { Kind = ContributionKinds.Transmission, Id = t.Id.ToString(), Version = t.Version }));

        var kindOrder = ContributionKinds.PartnerLiaison.ToList();
        return items
            .OrderBy(item => kindOrder.IndexOf(item.Kind))
            .ThenBy(item => item.Id, StringComparer.Ordinal)
            .ToList();
    }
}
