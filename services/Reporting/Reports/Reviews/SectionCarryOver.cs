using Reporting.Reports.Documents;
using Reporting.Reports.Runs;

namespace Reporting.Reports.Reviews;

/// <summary>
/// A newly compiled run starts from the compiler's texts of the last issued run of the same
/// kind, for every section it still has, as online reporting systems prefill a cycle from the
/// last one. The texts come at version 1, marked with the run they came from, and are edited
/// from there. A section is still there when the new report has a section of the same id and
/// title: ids are stable over runs of the same decisions, and a mandate section's title names
/// its subject and paragraph, so a "paragraph-6b" of other decisions is not taken for it.
/// </summary>
internal static class SectionCarryOver
{
    public static async Task AddAsync(ReportingDbContext db, ReportRun run, ConsolidatedReport report, CancellationToken cancellationToken)
    {
        var lastIssued = await db.ReportRuns.AsNoTracking()
            .Where(r => r.Kind == run.Kind && r.Review == ReviewStates.Issued && r.Id != run.Id)
            .OrderByDescending(r => r.IssuedAt).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.ReportJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (lastIssued?.ReportJson is null)
        {
            return;
        }

        var edits = await db.SectionEdits.AsNoTracking().Where(edit => edit.RunId == lastIssued.Id).ToListAsync(cancellationToken);
        if (edits.Count == 0)
        {
            return;
        }

        var issuedTitles = RunSections.Compose(lastIssued.ReportJson).ToDictionary(section => section.Id, section => section.Title, StringComparer.Ordinal);
        var stillThere = ReportSections.Compose(report, RunSections.EditingLanguage)
            .Where(section => issuedTitles.GetValueOrDefault(section.Id) == section.Title)
            .Select(section => section.Id)
            .ToHashSet(StringComparer.Ordinal);
        db.SectionEdits.AddRange(edits.Where(edit => stillThere.Contains(edit.Section)).Select(edit => new ReportSectionEdit
        {
            RunId = run.Id,
            Section = edit.Section,
            Text = edit.Text,
            Version = ReportSectionDto.FirstVersion,
            EditedBy = edit.EditedBy,
            EditedAt = edit.EditedAt,
            CarriedFrom = lastIssued.Id,
        }));
    }
}
