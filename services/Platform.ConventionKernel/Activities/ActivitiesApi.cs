using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.ConventionKernel.Persistence;
using Platform.ServiceDefaults.Messaging.Outbox;
using Platform.ServiceDefaults.Validation;

namespace Platform.ConventionKernel.Activities;

public static class ActivitiesApi
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapActivitiesApi(this IEndpointRouteBuilder endpoints, ConventionProfile profile)
    {
        var group = endpoints.MapGroup($"{profile.RoutePrefix}/activities").WithTags("Activities");
        group.MapPost("/", CreateAsync).RequireAuthorization(ConventionPolicies.Write).WithName($"{profile.Name}-create-activity");
        group.MapGet("/{id:guid}", GetAsync).WithName($"{profile.Name}-get-activity");
        group.MapGet("/", ListAsync).WithName($"{profile.Name}-list-activities");
        return group;
    }

    private static async Task<Results<Created<ActivityDto>, ValidationProblem>> CreateAsync(
        ActivityRequest request,
        ConventionProfile profile,
        ConventionDbContext db,
        IOutbox outbox,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } valid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var activity = new Activity
        {
            Id = Guid.CreateVersion7(),
            Convention = profile.Name,
            Version = 1,
            Title = valid.Title,
            Description = valid.Description,
            Type = valid.Type,
            Status = valid.Status,
            Start = valid.Start,
            End = valid.End,
            RecordedAt = now,
            UpdatedAt = now,
        };
        db.Activities.Add(activity);
        outbox.Publish(ActivityEvents.Recorded(activity));
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"{profile.RoutePrefix}/activities/{activity.Id}", ActivityDto.From(activity));
    }

    private static async Task<Results<Ok<ActivityDto>, NotFound>> GetAsync(
        Guid id, ConventionDbContext db, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is null ? TypedResults.NotFound() : TypedResults.Ok(ActivityDto.From(activity));
    }

    private static async Task<Results<Ok<ActivityPage>, ValidationProblem>> ListAsync(
        ConventionDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = 50)
    {
        var errors = new ValidationErrors();
        if (page < 1)
        {
            errors.Add("page", "'page' starts at 1.");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"'pageSize' must be between 1 and {MaxPageSize}.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var total = await db.Activities.CountAsync(cancellationToken);
        var items = await db.Activities.AsNoTracking()
            .OrderBy(a => a.Start).ThenBy(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ActivityPage(items.Select(ActivityDto.From).ToList(), page, pageSize, total));
    }
}

public sealed record ActivityPage(IReadOnlyList<ActivityDto> Items, int Page, int PageSize, int TotalCount);
