using System.Globalization;

namespace Platform.Conventions.Activities;

/// <summary>
/// <c>GET /api/{convention}/activities</c>: filtered by period (activities overlapping
/// <c>from</c>..<c>to</c>), partner, mandate, status and type; paged with a bounded page size.
/// Withdrawn activities are left out unless <c>includeWithdrawn=true</c>. Every filter and the
/// order are served by an index (see <see cref="ActivityConfiguration"/>); partners and mandates
/// through their rows (<see cref="ActivityPartner"/>, <see cref="ActivityMandate"/>), and the
/// unfiltered total from <see cref="ActivityTally"/>, so no call reads the whole table.
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

        var query = db.Activities.AsNoTracking();
        if (!includeWithdrawn) { query = query.Where(a => !a.Withdrawn); }
        if (fromDate is { } f) { query = query.Where(a => (a.End ?? a.Start) >= f); }
        if (toDate is { } t) { query = query.Where(a => a.Start <= t); }
        if (!string.IsNullOrWhiteSpace(partner))
        {
            var p = partner.Trim().ToLowerInvariant();
            query = query.Where(a => db.ActivityPartners.Where(row => row.Partner == p).Select(row => row.ActivityId).Contains(a.Id));
        }

        if (!string.IsNullOrWhiteSpace(mandate))
        {
            var m = MandateReferenceText.Normalize(mandate);
            query = query.Where(a => db.ActivityMandates.Where(row => row.Mandate == m).Select(row => row.ActivityId).Contains(a.Id));
        }

        if (statusFilter is { } s) { query = query.Where(a => a.Status == s); }
        if (typeFilter is { } ty) { query = query.Where(a => a.Type == ty); }

        var filtered = fromDate is not null || toDate is not null || !string.IsNullOrWhiteSpace(partner) || !string.IsNullOrWhiteSpace(mandate)
            || statusFilter is not null || typeFilter is not null;
        var total = filtered
            ? await query.CountAsync(cancellationToken)
            : await db.ActivityTallies.Where(tally => includeWithdrawn || !tally.Withdrawn).SumAsync(tally => tally.Count, cancellationToken);
        var activities = await query.OrderBy(a => a.Start).ThenBy(a => a.Id).Page(page, pageSize).ToListAsync(cancellationToken);
        await LoadProposalsAsync(db, activities, cancellationToken);
        return TypedResults.Ok(new ListPage<ActivityDto>(activities.Select(ActivityDto.From).ToList(), page, pageSize, total));
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
