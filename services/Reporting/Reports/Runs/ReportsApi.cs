using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Validation;
using Reporting.Reports.Reviews;

namespace Reporting.Reports.Runs;

/// <summary>
/// <c>/api/reports</c>: report compilers start runs; anyone signed in follows them, downloads
/// the compiled document and compares two runs.
/// </summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/reports").WithTags("Reports");
        group.MapPost("/", StartAsync).RequireAuthorization(ReportPolicies.Compile).WithName("start-report-run")
            .WithSummary("Start a consolidated report run")
            .WithDescription("202 with Location: /api/reports/{id}; the run asks every source for its contributions, then compiles.");
        group.MapGet("/", ListAsync).WithName("list-report-runs").WithSummary("List report runs, newest first").WithDescription("Paged: page from 1, pageSize 1 to 200 (50).");
        group.MapGet("/{id:guid}", GetAsync).WithName("get-report-run")
            .WithSummary("Follow a report run").WithDescription("Its state, deadline and each source's progress.");
        group.MapGet("/{id:guid}/document", ReportDocumentEndpoint.GetAsync).WithName("get-report-document")
            .WithSummary("Download the compiled report")
            .WithDescription("format=docx, pdf, html, md or json (the default); language=en (the default), fr, es, ar, ru or zh; 404 until the run is compiled; "
                + "503 for pdf where LibreOffice is not installed.")
            .ProducesReportDocuments();
        group.MapPut("/{id:guid}/document-numbers", DocumentNumbersEndpoint.PutAsync).RequireAuthorization(ReportPolicies.Compile)
            .WithName("set-report-document-numbers")
            .WithSummary("Set the document's INF numbers")
            .WithDescription("{\"basel\": 36, \"rotterdam\": 29, \"stockholm\": 38}; a number left null is not assigned yet, and the document stays a draft until all three are.");
        group.MapGet("/{id:guid}/changes", ChangesAsync).WithName("get-report-changes")
            .WithSummary("Compare a compiled run with an earlier one").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapSectionsApi();
        group.MapReviewApi();
        return group;
    }

    private static async Task<Results<Accepted<ReportRunDto>, ValidationProblem>> StartAsync(
        ReportRunRequest request, ClaimsPrincipal user, ReportingDbContext db, ReportSources sources, ReportRunSignal signal,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (request.Validate(errors) is not { } valid)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var run = new ReportRun
        {
            Id = Guid.CreateVersion7(),
            Kind = valid.Kind,
            From = valid.From,
            To = valid.To,
            Decisions = [.. valid.Decisions],
            BaselMeeting = valid.Meetings.Basel.Number,
            BaselVenue = valid.Meetings.Basel.Venue,
            BaselMeetingFrom = valid.Meetings.Basel.From,
            BaselMeetingTo = valid.Meetings.Basel.To,
            RotterdamMeeting = valid.Meetings.Rotterdam.Number,
            RotterdamVenue = valid.Meetings.Rotterdam.Venue,
            RotterdamMeetingFrom = valid.Meetings.Rotterdam.From,
            RotterdamMeetingTo = valid.Meetings.Rotterdam.To,
            StockholmMeeting = valid.Meetings.Stockholm.Number,
            StockholmVenue = valid.Meetings.Stockholm.Venue,
            StockholmMeetingFrom = valid.Meetings.Stockholm.From,
            StockholmMeetingTo = valid.Meetings.Stockholm.To,
            AgendaItem = valid.AgendaItem?.Number,
            AgendaItemTitle = valid.AgendaItem?.Title,
            DocumentNumbers = valid.DocumentNumbers,
            RequestedBy = user.Identity?.Name,
            RequestedAt = now,
            Deadline = now + (valid.Deadline ?? sources.DefaultDeadline),
            Sources = ReportSources.Names.Select(name => new ReportRunSource { Name = name }).ToList(),
        };
        db.ReportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return TypedResults.Accepted($"/api/reports/{run.Id}", ReportRunDto.Of(run));
    }

    private static async Task<Results<Ok<ListPage<ReportRunDto>>, ValidationProblem>> ListAsync(
        ReportingDbContext db, CancellationToken cancellationToken, int page = 1, int pageSize = Paging.DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.Check(errors, page, pageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await db.ReportRuns.AsNoTracking().Include(r => r.Sources)
            .OrderByDescending(r => r.RequestedAt).ThenByDescending(r => r.Id)
            .ToPageAsync(page, pageSize, ReportRunDto.Of, cancellationToken));
    }

    private static async Task<Results<Ok<ReportRunDto>, NotFound>> GetAsync(Guid id, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var run = await db.ReportRuns.AsNoTracking().Include(r => r.Sources).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(ReportRunDto.Of(run));
    }

    private static async Task<Results<Ok<ReportChanges>, ValidationProblem, NotFound, ProblemHttpResult>> ChangesAsync(
        Guid id, ReportingDbContext db, CancellationToken cancellationToken, Guid? since = null)
    {
        if (since is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["since"] = ["Name the earlier run: '?since={runId}'."] });
        }

        var runs = await db.ReportRuns.AsNoTracking()
            .Where(r => r.Id == id || r.Id == since)
            .Select(r => new { r.Id, r.ReportJson })
            .ToListAsync(cancellationToken);
        var current = runs.FirstOrDefault(r => r.Id == id);
        var earlier = runs.FirstOrDefault(r => r.Id == since);
        if (current is null || earlier is null)
        {
            return TypedResults.NotFound();
        }

        if (current.ReportJson is null || earlier.ReportJson is null)
        {
            return TypedResults.Problem(
                title: "Both runs must be compiled.", detail: "Compare two runs once both are completed or partial.",
                statusCode: StatusCodes.Status409Conflict);
        }

        return TypedResults.Ok(ReportChanges.Between(StoredReport.Read(earlier.ReportJson), StoredReport.Read(current.ReportJson)));
    }
}

public static class ReportPolicies
{
    /// <summary>Starting a report run, editing, submitting and issuing its report: report compilers only.</summary>
    public const string Compile = "report-compile";

    /// <summary>Clearing or returning a submitted report: a convention's team (which convention, the endpoint checks).</summary>
    public const string Review = "report-review";
}
