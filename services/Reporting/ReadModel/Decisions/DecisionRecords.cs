using Platform.Contracts.Decisions;

namespace Reporting.ReadModel.Decisions;

/// <summary>
/// Applies decision events. An imported decision never changes (the same symbol with another
/// text is refused at its source), so the first copy held wins and a repeat is a no-op.
/// </summary>
public static class DecisionRecords
{
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, DecisionImported decision, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        if (db.Decisions.Local.Any(d => d.Symbol == decision.Symbol)
            || await db.Decisions.AnyAsync(d => d.Symbol == decision.Symbol, cancellationToken))
        {
            return false;
        }

        db.Decisions.Add(new DecisionRecord
        {
            Symbol = decision.Symbol,
            Convention = decision.Convention,
            Title = decision.Title,
            Meeting = decision.Meeting,
            TextHash = decision.TextHash,
            ImportedAt = decision.ImportedAt.UtcDateTime,
            SourceMessageId = sourceMessageId,
            Mandates = decision.Mandates.DistinctBy(m => m.Reference).Select(m => new MandateRecord
            {
                Reference = m.Reference,
                DecisionSymbol = decision.Symbol,
                Paragraph = m.Paragraph,
                Subparagraph = m.Subparagraph,
                Verb = m.Verb,
                Kind = m.Kind,
                Text = m.Text,
                Conditions = [.. m.Conditions],
                ReportBackBody = m.ReportBackBody,
                ReportBackWhen = m.ReportBackWhen,
            }).ToList(),
        });
        return true;
    }

    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, MandateSuperseded supersession, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        if (await db.SupersededMandates.AnyAsync(s => s.Reference == supersession.Reference, cancellationToken))
        {
            return false;
        }

        db.SupersededMandates.Add(new SupersessionRecord
        {
            Reference = supersession.Reference,
            Convention = supersession.Convention,
            SupersededBy = supersession.SupersededBy,
            SupersededAt = supersession.SupersededAt.UtcDateTime,
            SourceMessageId = sourceMessageId,
        });
        return true;
    }
}
