using Platform.Contracts.Decisions;

namespace Platform.Conventions.Decisions;

/// <summary>The contract form of a stored decision: what its import event carries and what a report run fetches.</summary>
public static class DecisionEvents
{
    public static DecisionImported Imported(Decision decision, string convention) => new()
    {
        Convention = convention,
        Symbol = decision.Symbol,
        Title = decision.Title,
        Meeting = decision.Meeting,
        TextHash = decision.TextHash,
        ImportedAt = new DateTimeOffset(DateTime.SpecifyKind(decision.ImportedAt, DateTimeKind.Utc)),
        Mandates = decision.Mandates
            .OrderBy(m => m.Paragraph).ThenBy(m => m.Subparagraph, StringComparer.Ordinal)
            .Select(m => new MandateSnapshot
            {
                Reference = m.Reference,
                Paragraph = m.Paragraph,
                Subparagraph = m.Subparagraph,
                Verb = m.Verb,
                Kind = m.Kind,
                Text = m.Text,
                Conditions = [.. m.Conditions],
                ReportBackBody = m.ReportBackBody,
                ReportBackWhen = m.ReportBackWhen,
            }).ToList(),
    };
}
