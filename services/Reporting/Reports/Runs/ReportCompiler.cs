using Reporting.ReadModel.Activities;
using Reporting.ReadModel.AssistanceRequests;

namespace Reporting.Reports.Runs;

/// <summary>Turns a run and the read model's part that concerns it into a <see cref="ConsolidatedReport"/>.</summary>
public static class ReportCompiler
{
    public const string PartnerLiaisonService = "partner-liaison";

    /// <summary>The group of activities carried out by the Secretariat alone.</summary>
    public const string NoPartner = "";

    public static ConsolidatedReport Compile(
        ReportRun run, ReportInputs inputs, IReadOnlyList<string> missingSources, DateTimeOffset compiledAt)
    {
        var period = new ReportPeriod(run.From, run.To);
        var activities = inputs.Activities
            .Where(a => !a.Withdrawn && period.Overlaps(a.Start, a.End))
            .DistinctBy(a => a.ActivityId)
            .Select(Line)
            .ToList();

        var joints = JointMandates.Group(inputs.Decisions);
        var served = ActivitiesServing(joints, activities);
        var mandates = joints
            .Select((joint, index) => new ReportMandate(
                joint.Key,
                joint.References,
                joint.Mandate.Text,
                joint.Mandate.Kind,
                joint.Mandate.Conditions,
                ReportBack(joint.Mandate.ReportBackBody, joint.Mandate.ReportBackWhen),
                served[index]))
            .ToList();

        var coverage = mandates.Select(m =>
        {
            var superseded = m.References.Any(inputs.SupersededReferences.Contains);
            return new MandateCoverage(m.Key, m.References, m.Kind, m.Text, m.ActivityIds.Count, Flagged: m.ActivityIds.Count == 0 && !superseded);
        }).ToList();

        var byPartner = activities
            .SelectMany(a => a.Partners.Count == 0 ? [(Partner: NoPartner, a.Id)] : a.Partners.Select(p => (Partner: p, a.Id)))
            .GroupBy(pair => pair.Partner)
            .OrderBy(group => group.Key == NoPartner).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new PartnerGroup(group.Key, PartnerName(inputs, group.Key), group.Select(pair => pair.Id).ToList()))
            .ToList();

        var assistance = inputs.Assistance.Where(r => period.Covers(r.ReceivedOn, r.ClosedOn)).Select(Line).ToList();

        var summary = new ReportSummary(
            activities.Count,
            activities.Count(a => a.Conventions.Count > 1),
            coverage.Count(c => c.Flagged),
            assistance.Count,
            Count(activities.SelectMany(a => a.Conventions)),
            byPartner.Select(g => new ReportCount(g.PartnerName, g.ActivityIds.Count)).ToList(),
            Count(activities.Select(a => a.Type)),
            Count(activities.Select(a => a.Status)));

        return new ConsolidatedReport(
            run.Id,
            run.Kind,
            JointDocumentSymbol.For(run.BaselMeeting, run.RotterdamMeeting, run.StockholmMeeting),
            Title(run),
            run.From,
            run.To,
            run.Decisions,
            missingSources.Count == 0 ? ReportRunStates.Completed : ReportRunStates.Partial,
            missingSources,
            mandates,
            activities,
            byPartner,
            coverage,
            assistance,
            summary,
            compiledAt,
            run.Meetings,
            run.Agenda);
    }

    public static string Title(ReportRun run) => string.Create(CultureInfo.InvariantCulture,
        $"Report on international cooperation and coordination ({string.Join(", ", run.Decisions)}), {run.From:d MMMM yyyy} to {run.To:d MMMM yyyy}");

    /// <summary>
    /// The ids of the activities that serve each joint mandate (any of its references), in the
    /// activities' order: one pass over the activities through an index of the references, where
    /// a pass over every activity for each mandate would grow with their product.
    /// </summary>
    private static List<Guid>[] ActivitiesServing(IReadOnlyList<JointMandate> joints, IReadOnlyList<ReportActivity> activities)
    {
        var mandatesOf = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var index = 0; index < joints.Count; index++)
        {
            foreach (var reference in joints[index].References)
            {
                if (!mandatesOf.TryGetValue(reference, out var indexes))
                {
                    mandatesOf[reference] = indexes = [];
                }

                indexes.Add(index);
            }
        }

        var served = new List<Guid>[joints.Count];
        for (var index = 0; index < served.Length; index++)
        {
            served[index] = [];
        }

        foreach (var activity in activities)
        {
            foreach (var reference in activity.Mandates)
            {
                if (!mandatesOf.TryGetValue(reference, out var indexes))
                {
                    continue;
                }

                foreach (var index in indexes)
                {
                    // An activity that names two references of one mandate serves it once.
                    var ids = served[index];
                    if (ids.Count == 0 || ids[^1] != activity.Id)
                    {
                        ids.Add(activity.Id);
                    }
                }
            }
        }

        return served;
    }

    private static ReportActivity Line(ActivityRecord a) => new(
        a.ActivityId, a.Title, a.Description, a.Type, a.Status, a.Start, a.End,
        a.Conventions.Count == 0 ? [a.Convention] : a.Conventions,
        a.Partners,
        Mandates(a),
        a.SdgTargets, a.Outputs, a.ResourceDependent,
        new ReportSource(a.Convention, a.ActivityId.ToString(), a.Version, MessageId(a.SourceMessageId)));

    /// <summary>The lead's references, then those the joining conventions named, each once (a few, so a list is the quickest set).</summary>
    private static List<string> Mandates(ActivityRecord a)
    {
        var mandates = new List<string>(a.Mandates.Count + a.ParticipantMandates.Count);
        foreach (var reference in a.Mandates.Concat(a.ParticipantMandates))
        {
            if (!mandates.Contains(reference))
            {
                mandates.Add(reference);
            }
        }

        return mandates;
    }

    private static ReportAssistance Line(AssistanceRecord r) => new(
        r.RequestId, r.Convention, r.Party, r.Subject, r.Status, r.ReceivedOn, r.ClosedOn, r.Outcome, r.Mandate,
        new ReportSource(r.Convention, r.RequestId.ToString(), r.Version, MessageId(r.SourceMessageId)));

    // A line a run fetched from its source came by no message.
    private static Guid? MessageId(Guid id) => id == Guid.Empty ? null : id;

    private static string? ReportBack(string? body, string? when) =>
        body is null ? null : when is null ? body : $"{body}, {when}";

    private static string PartnerName(ReportInputs inputs, string id) =>
        id == NoPartner ? "Secretariat alone" : inputs.PartnerNames.GetValueOrDefault(id, id);

    private static List<ReportCount> Count(IEnumerable<string> labels) => labels
        .GroupBy(label => label)
        .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
        .Select(group => new ReportCount(group.Key, group.Count()))
        .ToList();
}
