using System.Globalization;

namespace Platform.Conventions.Activities;

/// <summary>
/// <c>GET /api/{convention}/activities</c>: filtered by period (activities overlapping
/// <c>from</c>..<c>to</c>), partner, mandate, status and type; paged with a bounded page size.
/// Withdrawn activities are left out unless <c>includeWithdrawn=true</c>. Every filter and the
/// order are served by an index (see <see cref="ActivityConfiguration"/>); partners and mandates
/// through their rows (<see cref="ActivityPartner"/>, <see cref="ActivityMandate"/>), which alone
/// page and count a partner-only or mandate-only list, and the unfiltered total from
/// <see cref="ActivityTally"/>, so no call reads the whole table.
/// </summary>
public static class ActivityList
{
    public static async Task<Results<Ok<ListPage<ActivityDto>>, ValidationProblem>> ListAsync(
        ConventionDbContext db,
        CancellationToken cancellationToken,
        string? from = null,
        string? to = null,
        string? partner = null,
        string? mandate = null,
        string? status = null,
        string? type = null,
        bool includeWithdrawn = false,
        int page = 1,
        int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        var fromDate = errors.IsoDate("from", from);
        var toDate = errors.IsoDate("to", to);
        ActivityStatus? statusFilter = null;
        if (status is not null)
        {
            if (KebabNames.TryParse<ActivityStatus>(status, out var parsed)) { statusFilter = parsed; }
            else { errors.Add("status", $"'{status}' is not an activity status: use one of {KebabNames.Allowed<ActivityStatus>()}."); }
        }

        ActivityType? typeFilter = null;
        if (type is not null)
        {
            if (KebabNames.TryParse<ActivityType>(type, out var parsed)) { typeFilter = parsed; }
            else { errors.Add("type", $"'{type}' is not an activity type: use one of {KebabNames.Allowed<ActivityType>()}."); }
        }

        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var partnerName = string.IsNullOrWhiteSpace(partner) ? null : partner.Trim().ToLowerInvariant();
        var mandateReference = string.IsNullOrWhiteSpace(mandate) ? null : MandateReferenceText.Normalize(mandate);
        var byOneList = fromDate is null && toDate is null && statusFilter is null && typeFilter is null && (partnerName is null) != (mandateReference is null);
        var (activities, total) = byOneList
            ? await PageByRowsAsync(db, partnerName is not null ? PartnerRows(db, partnerName) : MandateRows(db, mandateReference!), includeWithdrawn, page, pageSize, cancellationToken)
            : await PageAsync(db, fromDate, toDate, partnerName, mandateReference, statusFilter, typeFilter, includeWithdrawn, page, pageSize, cancellationToken);
        await LoadProposalsAsync(db, activities, cancellationToken);
        return TypedResults.Ok(new ListPage<ActivityDto>(activities.Select(ActivityDto.From).ToList(), page, pageSize, total));
    }

    private static IQueryable<ListedRow> PartnerRows(ConventionDbContext db, string partner) =>
        db.ActivityPartners.Where(row => row.Partner == partner)
            .Select(row => new ListedRow { ActivityId = row.ActivityId, Start = row.Start, Withdrawn = row.Withdrawn });

    private static IQueryable<ListedRow> MandateRows(ConventionDbContext db, string mandate) =>
        db.ActivityMandates.Where(row => row.Mandate == mandate)
            .Select(row => new ListedRow { ActivityId = row.ActivityId, Start = row.Start, Withdrawn = row.Withdrawn });

    // One partner's or one mandate's activities, the common list: its rows carry the activity's start
    // and withdrawal, so the page and the total are read off that table's index (a range, however
    // many activities the table holds) and only the page's activities are then read, by key.
    private static async Task<(List<Activity> Activities, int Total)> PageByRowsAsync(
        ConventionDbContext db, IQueryable<ListedRow> rows, bool includeWithdrawn, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (!includeWithdrawn) { rows = rows.Where(row => !row.Withdrawn); }
        var total = await rows.CountAsync(cancellationToken);
        var ids = await rows.OrderBy(row => row.Start).ThenBy(row => row.ActivityId).Select(row => row.ActivityId)
            .Page(page, pageSize).ToListAsync(cancellationToken);
        var found = ids.Count == 0
            ? []
            : await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        return ([.. ids.Where(found.ContainsKey).Select(id => found[id])], total);
    }

    // Any other combination of filters: the activities themselves, through the index each filter seeks.
    private static async Task<(List<Activity> Activities, int Total)> PageAsync(
        ConventionDbContext db, DateOnly? fromDate, DateOnly? toDate, string? partner, string? mandate, ActivityStatus? statusFilter,
        ActivityType? typeFilter, bool includeWithdrawn, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = db.Activities.AsNoTracking();
        if (!includeWithdrawn) { query = query.Where(a => !a.Withdrawn); }
        if (fromDate is { } f) { query = query.Where(a => (a.End ?? a.Start) >= f); }
        if (toDate is { } t) { query = query.Where(a => a.Start <= t); }
        if (partner is not null)
        {
            query = query.Where(a => db.ActivityPartners.Where(row => row.Partner == partner).Select(row => row.ActivityId).Contains(a.Id));
        }

        if (mandate is not null)
        {
            query = query.Where(a => db.ActivityMandates.Where(row => row.Mandate == mandate).Select(row => row.ActivityId).Contains(a.Id));
        }

        if (statusFilter is { } s) { query = query.Where(a => a.Status == s); }
        if (typeFilter is { } ty) { query = query.Where(a => a.Type == ty); }

        var filtered = fromDate is not null || toDate is not null || partner is not null || mandate is not null
            || statusFilter is not null || typeFilter is not null;
        var total = filtered
            ? await query.CountAsync(cancellationToken)
            : await db.ActivityTallies.Where(tally => includeWithdrawn || !tally.Withdrawn).SumAsync(tally => tally.Count, cancellationToken);
        var activities = await query.OrderBy(a => a.Start).ThenBy(a => a.Id).Page(page, pageSize).ToListAsync(cancellationToken);
        return (activities, total);
    }

    private sealed class ListedRow
    {
        public Guid ActivityId { get; init; }

        public DateOnly Start { get; init; }

        public bool Withdrawn { get; init; }
    }

    // The page's proposals only: an included collection would be joined to the filtered query before it is paged.
    private static async Task LoadProposalsAsync(ConventionDbContext db, List<Activity> activities, CancellationToken cancellationToken)
    {
        var ids = activities.Select(a => a.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var proposals = (await db.JointProposals.AsNoTracking().Where(p => ids.Contains(p.ActivityId)).ToListAsync(cancellationToken))
            .ToLookup(p => p.ActivityId);
        foreach (var activity in activities)
        {
            activity.Proposals = [.. proposals[activity.Id]];
        }
    }
}
