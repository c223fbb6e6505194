using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Validation;

namespace Reporting.ReadModel.Activities;

public static class ActivitiesReadApi
{
    /// <summary><c>GET /api/reports/activities</c>: the activities the read model knows, newest version of each.</summary>
    public static RouteGroupBuilder MapActivitiesReadApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/reports/activities").WithTags("Read model");
        group.MapGet("/", ListAsync).WithName("list-reported-activities").WithSummary("List the read model's activities, newest version of each");
        return group;
    }

    private static async Task<Results<Ok<ActivityRecordPage>, ValidationProblem>> ListAsync(
        ReportingDbContext db,
        CancellationToken cancellationToken,
        string? convention = null,
        int page = 1,
        int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = db.Activities.AsNoTracking().Where(a => !a.Withdrawn);
        if (!string.IsNullOrWhiteSpace(convention))
        {
            query = query.Where(a => a.Convention == convention);
        }

        var found = await query.OrderBy(a => a.Start).ThenBy(a => a.ActivityId).ToPageAsync(page, pageSize, ActivityRecordDto.From, cancellationToken);
        return TypedResults.Ok(new ActivityRecordPage(found.Items, found.Page, found.PageSize, found.TotalCount));
    }
}

public sealed record ActivityRecordPage(IReadOnlyList<ActivityRecordDto> Items, int Page, int PageSize, int TotalCount);

public sealed record ActivityRecordDto(
    Guid Id, string Convention, int Version, string Title, string Description, string Type, string Status,
    DateOnly Start, DateOnly? End, IReadOnlyList<string> Partners, IReadOnlyList<string> Mandates,
    IReadOnlyList<string> Conventions, DateTime RecordedAt, Guid SourceMessageId)
{
    public static ActivityRecordDto From(ActivityRecord record) => new(
        record.ActivityId, record.Convention, record.Version, record.Title, record.Description, record.Type,
        record.Status, record.Start, record.End, record.Partners, record.Mandates, record.Conventions,
        DateTime.SpecifyKind(record.RecordedAt, DateTimeKind.Utc),
        record.SourceMessageId);
}
