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
        Guid id, ClaimsPrincipal user, ReportingDbContext db, ReportRenderers renderers, IOutbox outbox, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var read = await db.ReportRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (read is null)
        {
            return TypedResults.NotFound();
        }

        // Refused before rendering, which takes a while. A cleared report's text can no longer
        // change (edits are for drafts); its INF numbers can, and are rendered again if they did.
        if (ReviewWorkflow.Issue(read.Review) is ReviewOutcome.WrongState early)
        {
            return ReviewProblems.WrongState(id, early);
        }

        var numbers = read.DocumentNumbers;
        var rendered = await RenderAllAsync(db, renderers, read, cancellationToken);
        for (var attempt = 0; attempt < ReviewMoveStore.Attempts; attempt++)
        {
            var run = await db.ReportRuns.Include(r => r.Sources).FirstAsync(r => r.Id == id, cancellationToken);
            switch (ReviewWorkflow.Issue(run.Review))
            {
                case ReviewOutcome.WrongState wrong:
                    return ReviewProblems.WrongState(id, wrong);
                case ReviewOutcome.Moved moved:
                    if (run.DocumentNumbers != numbers)
                    {
                        numbers = run.DocumentNumbers;
                        rendered = await RenderAllAsync(db, renderers, run, cancellationToken);
                    }

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
                        Symbols = DocumentSymbols.For(StoredReport.Read(run.ReportJson!).Symbol, numbers),
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

    /// <summary>
    /// Every format in every language, as the run's report reads with the compiler's edits and
    /// its INF numbers; PDF only where LibreOffice is installed. Two at a time: a PDF conversion
    /// mostly waits for LibreOffice.
    /// </summary>
    private static async Task<RenderedDocument[]> RenderAllAsync(
        ReportingDbContext db, ReportRenderers renderers, ReportRun run, CancellationToken cancellationToken)
    {
        var report = StoredReport.Read(run.ReportJson!);
        var edits = await RunSections.EditsAsync(db, run.Id, cancellationToken);
        var numbers = run.DocumentNumbers;
        var wanted = renderers.All.Where(renderer => renderer is not PdfReportRenderer { IsAvailable: false })
            .SelectMany(renderer => ReportLanguages.All.Select(language => (Renderer: renderer, Language: language)))
            .ToList();
        var documents = new RenderedDocument[wanted.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, wanted.Count),
            new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                var (renderer, language) = wanted[i];
                using var output = new MemoryStream();
                await renderer.RenderAsync(ReportDocumentEndpoint.Edition(report, language, edits, numbers), output, ct);
                var content = output.ToArray();
                documents[i] = new RenderedDocument(renderer.Format, language.Name, renderer.ContentType,
                    ReportDocumentEndpoint.FileName(run.Id, language, renderer), content, Convert.ToHexStringLower(SHA256.HashData(content)));
            });
        return documents;
    }

    private sealed record RenderedDocument(string Format, string Language, string ContentType, string FileName, byte[] Content, string Sha256)
    {
        public IssuedDocument For(Guid runId) => new()
        {
            RunId = runId, Format = Format, Language = Language, ContentType = ContentType, FileName = FileName, Content = Content, Sha256 = Sha256,
        };
    }
}
