using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Contracts.Reports;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Messaging.Outbox;
using Reporting.Reports.Documents;
using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// <c>POST /api/reports/{id}/issue</c>: a cleared report is rendered once in every format and
/// language, and those bytes, with their SHA-256, are what every later download returns.
/// <see cref="ReportIssued"/> is published in the same transaction as the documents.
/// </summary>
public static class ReportIssue
{
    public static async Task<Results<Ok<ReportRunDto>, NotFound, ProblemHttpResult>> IssueAsync(
        Guid id, ClaimsPrincipal user, ReportingDbContext db, IOutbox outbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var read = await db.ReportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (read is null)
        {
            return TypedResults.NotFound();
        }

        // Refused before rendering, which takes a while. A cleared report's text can no longer
        // change (edits are for drafts), so what is rendered now is what is issued.
        if (ReviewWorkflow.Issue(read.Review) is ReviewOutcome.WrongState early)
        {
            return ReviewProblems.WrongState(id, early);
        }

        var rendered = await RenderAllAsync(db, read, cancellationToken);
        for (var attempt = 0; attempt < ReviewMoveStore.Attempts; attempt++)
        {
            var run = await db.ReportRuns.Include(r => r.Sources).FirstAsync(r => r.Id == id, cancellationToken);
            switch (ReviewWorkflow.Issue(run.Review))
            {
                case ReviewOutcome.WrongState wrong:
                    return ReviewProblems.WrongState(id, wrong);
                case ReviewOutcome.Moved moved:
                    var now = clock.GetUtcNow();
                    run.IssuedAt = now.UtcDateTime;
                    run.IssuedBy = user.Who();
                    db.IssuedDocuments.AddRange(rendered.Select(document => document.For(id)));
                    outbox.Publish(new ReportIssued
                    {
                        RunId = id,
                        Kind = run.Kind,
                        From = run.From,
                        To = run.To,
                        Symbol = StoredReport.Read(run.ReportJson!).Symbol,
                        IssuedBy = run.IssuedBy,
                        IssuedAt = now,
                        ReviewRounds = run.ReviewRound,
                        Documents = rendered.Select(document => new IssuedReportDocument
                        {
                            Format = document.Format, Language = document.Language, Length = document.Content.Length, Sha256 = document.Sha256,
                        }).ToList(),
                    });
                    if (await ReviewMoveStore.TryStoreAsync(db, run, moved, ReviewActions.Issued, user, PlatformRoles.ReportCompiler,
                            now.UtcDateTime, cancellationToken))
                    {
                        return TypedResults.Ok(ReportRunDto.Of(run));
                    }

                    break;
            }
        }

        return ReviewProblems.Busy();
    }

    /// <summary>Every format in every language, as the run's report reads with the compiler's edits.</summary>
    private static async Task<List<RenderedDocument>> RenderAllAsync(ReportingDbContext db, ReportRun run, CancellationToken cancellationToken)
    {
        var report = StoredReport.Read(run.ReportJson!);
        var edits = await RunSections.EditsAsync(db, run.Id, cancellationToken);
        var documents = new List<RenderedDocument>();
        foreach (var renderer in ReportRenderers.All)
        {
            foreach (var language in ReportLanguages.All)
            {
                using var output = new MemoryStream();
                await renderer.RenderAsync(ReportDocumentEndpoint.Edition(report, language, edits), output, cancellationToken);
                var content = output.ToArray();
                documents.Add(new RenderedDocument(renderer.Format, language.Name, renderer.ContentType, FileName(run.Id, language, renderer),
                    content, Convert.ToHexStringLower(SHA256.HashData(content))));
            }
        }

        return documents;
    }

    private static string FileName(Guid runId, CultureInfo language, IReportRenderer renderer) =>
        language.Equals(ReportLanguages.English) ? $"report-{runId}{renderer.FileExtension}" : $"report-{runId}-{language.Name}{renderer.FileExtension}";

    private sealed record RenderedDocument(string Format, string Language, string ContentType, string FileName, byte[] Content, string Sha256)
    {
        public IssuedDocument For(Guid runId) => new()
        {
            RunId = runId, Format = Format, Language = Language, ContentType = ContentType, FileName = FileName, Content = Content, Sha256 = Sha256,
        };
    }
}
