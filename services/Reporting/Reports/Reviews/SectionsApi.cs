using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Validation;
using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// The report's sections: anyone reads them, with the generated text beside the edited one; the
/// compiler changes a section's text while the report is a draft, naming the version changed.
/// </summary>
public static class SectionsApi
{
    public static RouteGroupBuilder MapSectionsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/sections", ListAsync).WithName("list-report-sections")
            .WithSummary("The report's sections").WithDescription("In document order: id, title, generated text, edited text, who edited it and when, version. 404 until the run is compiled.");
        group.MapGet("/{id:guid}/sections/{section}", GetAsync).WithName("get-report-section")
            .WithSummary("One section of the report").WithDescription("The ETag header carries its version, for If-Match on an edit.");
        group.MapPut("/{id:guid}/sections/{section}", EditAsync).RequireAuthorization(ReportPolicies.Compile).WithName("edit-report-section")
            .WithSummary("Change a section's text")
            .WithDescription("Report compilers, while the report is a draft. Name the version changed with If-Match: \"n\" or a version field; a stale version is 409 with currentVersion, another review state 409 naming the moves it allows.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<Results<Ok<ReportSectionsDto>, NotFound, ProblemHttpResult>> ListAsync(
        Guid id, ReportingDbContext db, CancellationToken cancellationToken)
    {
        var run = await db.ReportRuns.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.State, r.ReportJson, r.Review })
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (run.ReportJson is null)
        {
            return NotCompiled(run.State);
        }

        var edits = await db.SectionEdits.AsNoTracking().Where(edit => edit.RunId == id).ToDictionaryAsync(edit => edit.Section, cancellationToken);
        return TypedResults.Ok(new ReportSectionsDto(id, run.Review,
            RunSections.Compose(run.ReportJson).Select(section => ReportSectionDto.Of(section, edits.GetValueOrDefault(section.Id))).ToList()));
    }

    private static async Task<Results<Ok<ReportSectionDto>, NotFound, ProblemHttpResult>> GetAsync(
        Guid id, string section, ReportingDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var run = await db.ReportRuns.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.State, r.ReportJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return TypedResults.NotFound();
        }

        if (run.ReportJson is null)
        {
            return NotCompiled(run.State);
        }

        if (RunSections.Compose(run.ReportJson).FirstOrDefault(s => s.Id == section) is not { } composed)
        {
            return NoSuchSection(section);
        }

        var edit = await db.SectionEdits.AsNoTracking().FirstOrDefaultAsync(e => e.RunId == id && e.Section == section, cancellationToken);
        var dto = ReportSectionDto.Of(composed, edit);
        response.Headers.ETag = ExpectedVersion.ETag(dto.Version);
        return TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<ReportSectionDto>, ValidationProblem, NotFound, ProblemHttpResult>> EditAsync(
        Guid id, string section, SectionEditRequest request, HttpRequest http, ClaimsPrincipal user, ReportingDbContext db, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var read = await db.ReportRuns.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.ReportJson, r.Review })
            .FirstOrDefaultAsync(cancellationToken);
        if (read is null)
        {
            return TypedResults.NotFound();
        }

        var composed = read.ReportJson is null ? null : RunSections.Compose(read.ReportJson).FirstOrDefault(s => s.Id == section);
        if (read.ReportJson is not null && composed is null)
        {
            return NoSuchSection(section);
        }

        var errors = new ValidationErrors();
        var expected = ExpectedVersion.Read(http, request.Version, errors);
        var text = errors.MultiLine("text", request.Text, ReportSectionEdit.MaxTextLength, required: true);
        if (expected is null || text is null || !errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        for (var attempt = 0; attempt < ReviewMoveStore.Attempts; attempt++)
        {
            var run = await db.ReportRuns.FirstAsync(r => r.Id == id, cancellationToken);
            var outcome = ReviewWorkflow.Edit(run.Review);
            if (outcome is ReviewOutcome.WrongState wrong)
            {
                return ReviewProblems.WrongState(id, wrong);
            }

            var edit = await db.SectionEdits.FirstOrDefaultAsync(e => e.RunId == id && e.Section == section, cancellationToken);
            var current = edit?.Version ?? ReportSectionDto.FirstVersion;
            if (current != expected)
            {
                return Conflicts.StaleVersion(current);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (edit is null)
            {
                edit = new ReportSectionEdit { RunId = id, Section = section, Text = text, EditedBy = user.Who() };
                db.SectionEdits.Add(edit);
            }

            edit.Text = text;
            edit.Version = current + 1;
            edit.EditedBy = user.Who();
            edit.EditedAt = now;
            edit.CarriedFrom = null;
            if (await ReviewMoveStore.TryStoreAsync(db, run, (ReviewOutcome.Moved)outcome, ReviewActions.Edited, user, PlatformRoles.ReportCompiler, now,
                    cancellationToken, section: section))
            {
                http.HttpContext.Response.Headers.ETag = ExpectedVersion.ETag(edit.Version);
                return TypedResults.Ok(ReportSectionDto.Of(composed!, edit));
            }
        }

        return ReviewProblems.Busy();
    }

    private static ProblemHttpResult NotCompiled(string state) => TypedResults.Problem(
        title: "The report is not compiled yet",
        detail: $"The run is {state}; its sections exist once it is completed or partial.",
        statusCode: StatusCodes.Status404NotFound);

    private static ProblemHttpResult NoSuchSection(string section) => TypedResults.Problem(
        title: "The report has no such section",
        detail: $"There is no section '{section}'; GET /api/reports/{{id}}/sections lists them.",
        statusCode: StatusCodes.Status404NotFound);
}
