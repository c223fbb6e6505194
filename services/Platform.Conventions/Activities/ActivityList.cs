using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Conventions.Persistence;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Validation;

namespace Platform.Conventions.Activities;

/// <summary>
/// <c>GET /api/{convention}/activities</c>: filtered by period (activities overlapping
/// <c>from</c>..<c>to</c>), partner, mandate, status and type; paged with a bounded page size.
/// Withdrawn activities are left out unless <c>includeWithdrawn=true</c>.
/// </summary>
public static class ActivityList
{
    public static async Task<Results<Ok<ActivityPage>, ValidationProblem>> ListAsync(
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

        var query = db.Activities.AsNoTracking().Include(a => a.Proposals).AsQueryable();
        if (!includeWithdrawn) { query = query.Where(a => !a.Withdrawn); }
        if (fromDate is { } f) { query = query.Where(a => (a.End ?? a.Start) >= f); }
        if (toDate is { } t) { query = query.Where(a => a.Start <= t); }
        if (!string.IsNullOrWhiteSpace(partner)) { var p = partner.Trim().ToLowerInvariant(); query = query.Where(a => a.Partners.Contains(p)); }
        if (!string.IsNullOrWhiteSpace(mandate)) { var m = MandateReferenceText.Normalize(mandate); query = query.Where(a => a.Mandates.Contains(m)); }
        if (statusFilter is { } s) { query = query.Where(a => a.Status == s); }
        if (typeFilter is { } ty) { query = query.Where(a => a.Type == ty); }

        var found = await query.OrderBy(a => a.Start).ThenBy(a => a.Id).ToPageAsync(page, pageSize, ActivityDto.From, cancellationToken);
        return TypedResults.Ok(new ActivityPage(found.Items, found.Page, found.PageSize, found.TotalCount));
    }
}

public sealed record ActivityPage(IReadOnlyList<ActivityDto> Items, int Page, int PageSize, int TotalCount);
