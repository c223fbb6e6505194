using CsCheck;
using Platform.Testing.Properties;
using Reporting.Reports.Model;

namespace Platform.UnitTests.Reports;

/// <summary>The sample report with text from the whole Unicode range (<see cref="UnicodeText"/>) in each of its text fields.</summary>
internal static class AnyText
{
    public static readonly Gen<string> Text = UnicodeText.Any(8);

    /// <summary>The sample report with a random text in each of its text fields.</summary>
    public static readonly Gen<ConsolidatedReport> Report = Text.Array[Fields].Select(Into);

    private const int Fields = 45;

    private static ConsolidatedReport Into(string[] t)
    {
        var sample = SampleReport.Build();
        var joint = sample.Activities[0] with
        {
            Title = t[15], Description = t[16], Type = t[17], Status = t[18], Conventions = [t[19], "rotterdam"],
            Partners = [t[20]], Mandates = [t[21]], SdgTargets = [t[22]], Outputs = [t[23]],
            Source = sample.Activities[0].Source with { Service = t[24], Id = t[25] },
        };
        ReportActivity[] activities = [joint, sample.Activities[1] with { Title = t[26], Description = t[27] }, sample.Activities[2]];
        ReportMandate[] mandates =
        [
            sample.Mandates[0] with { Key = t[6], References = [t[7], t[8]], Text = t[9], Kind = t[10], Conditions = [t[11]], ReportBack = t[12] },
            sample.Mandates[1],
            sample.Mandates[2],
            sample.Mandates[3] with { Text = t[13], References = [t[14]] },
        ];
        return sample with
        {
            Kind = t[0], Symbol = t[1], Title = t[2], Decisions = [t[3]], Status = t[4], MissingSources = [t[5]],
            Meetings = sample.Meetings! with { Basel = sample.Meetings!.Basel with { Venue = t[42] } },
            AgendaItem = new ReportAgendaItem(t[43], t[44]),
            Mandates = mandates,
            Activities = activities,
            ActivitiesByPartner = [new(t[29], t[28], [joint.Id]), .. sample.ActivitiesByPartner.Skip(1)],
            MandateCoverage = [.. mandates.Select(m => new MandateCoverage(m.Key, m.References, m.Kind, m.Text, m.ActivityIds.Count, m.ActivityIds.Count == 0))],
            Assistance =
            [
                sample.Assistance[0] with
                {
                    Party = t[30], Convention = t[31], Subject = t[32], Status = t[33], Outcome = t[34], Mandate = t[35],
                    Source = sample.Assistance[0].Source with { Service = t[36] },
                },
            ],
            Summary = sample.Summary with
            {
                ActivitiesPerConvention = [new(t[37], 1), new(t[38], 2)],
                ActivitiesPerPartner = [new(t[39], 1)],
                ActivitiesPerType = [new(t[40], 1)],
                ActivitiesPerStatus = [new(t[41], 2)],
            },
        };
    }
}
