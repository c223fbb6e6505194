using Platform.Contracts.AssistanceRequests;
using Platform.Contracts.Decisions;
using Platform.ConventionKernel.Activities;
using Platform.ConventionKernel.AssistanceRequests;
using Platform.ConventionKernel.Decisions;

namespace Platform.ConventionKernel.Contributions;

/// <summary>The contract snapshots of stored records, field for field what their events carry.</summary>
internal static class ContributionSnapshots
{
    public static AssistanceRequestSnapshot Of(AssistanceRequest request) => new()
    {
        Id = request.Id,
        Convention = request.Convention,
        Version = request.Version,
        Party = request.Party,
        Subject = request.Subject,
        Description = request.Description,
        ReceivedOn = request.ReceivedOn,
        Status = KebabNames.Of(request.Status),
        Outcome = request.Outcome,
        ClosedOn = request.ClosedOn,
        Mandate = request.Mandate,
    };

    public static DecisionImported Of(Decision decision, string convention) => new()
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
