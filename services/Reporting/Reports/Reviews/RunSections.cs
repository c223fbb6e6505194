using Reporting.Reports.Documents;
using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>The sections of a run's report, composed from its compiled report, and the compiler's texts for them.</summary>
internal static class RunSections
{
    /// <summary>
    /// The language the compiler reads the generated text in and writes in: the document's
    /// original. What the compiler writes stays as written in every language's document.
    /// </summary>
    public static CultureInfo EditingLanguage => ReportLanguages.English;

    public static IReadOnlyList<DocumentSection> Compose(string reportJson) => ReportSections.Compose(StoredReport.Read(reportJson), EditingLanguage);

    /// <summary>The ids of the run's sections (none before it is compiled); null when there is no such run.</summary>
    public static async Task<IReadOnlySet<string>?> IdsAsync(ReportingDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var run = await db.ReportRuns.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.ReportJson }).FirstOrDefaultAsync(cancellationToken);
        return run is null
            ? null
            : (run.ReportJson is null ? [] : Compose(run.ReportJson)).Select(section => section.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The compiler's texts by section id, as an edition takes them.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> EditsAsync(ReportingDbContext db, Guid runId, CancellationToken cancellationToken) =>
        await db.SectionEdits.AsNoTracking().Where(edit => edit.RunId == runId)
            .ToDictionaryAsync(edit => edit.Section, edit => edit.Text, StringComparer.Ordinal, cancellationToken);
}
