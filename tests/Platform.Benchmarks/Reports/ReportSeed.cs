using Platform.Conventions.Decisions.Parsing;
using Platform.IntegrationTests.Hosting;
using Reporting.ReadModel.Activities;
using Reporting.ReadModel.Decisions;
using Reporting.Reports.Runs;

namespace Platform.Benchmarks.Reports;

/// <summary>
/// What a report run over BC-14/21, RC-9/9 and SC-9/18 compiles from, held in memory: the sample
/// decision as the three COPs adopted it, forty partners and as many activities as asked, each
/// under one to three of the decision's mandates, one in five joint, with every type and status
/// and dates across the period. Set-up, not what is measured.
/// </summary>
internal static class ReportSeed
{
    public static readonly DateOnly From = new(2019, 5, 11);
    public static readonly DateOnly To = new(2021, 7, 31);

    private static readonly string[] Conventions = ["basel", "rotterdam", "stockholm"];
    private static readonly string[] Types = ["meeting", "capacity-building", "technical-assistance", "information-exchange", "methodology-development", "joint-project", "coordination"];
    private static readonly string[] Statuses = ["planned", "ongoing", "completed", "cancelled"];

    public static ReportRun Run() => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = ReportRunRequest.InternationalCooperation,
        From = From,
        To = To,
        Decisions = ["BC-14/21", "RC-9/9", "SC-9/18"],
        BaselMeeting = 15,
        BaselVenue = "Geneva",
        BaselMeetingFrom = new DateOnly(2021, 7, 26),
        BaselMeetingTo = new DateOnly(2021, 7, 30),
        RotterdamMeeting = 10,
        StockholmMeeting = 10,
        AgendaItem = "4 (b)",
        BaselDocumentNumber = 36,
        RotterdamDocumentNumber = 29,
        StockholmDocumentNumber = 38,
    };

    public static ReportInputs Inputs(int activities, Random random)
    {
        var decisions = new[] { ("BC-14/21", "basel"), ("RC-9/9", "rotterdam"), ("SC-9/18", "stockholm") }
            .Select(d => Decision(d.Item1, d.Item2))
            .ToList();
        var partners = Enumerable.Range(1, 40).ToDictionary(i => $"partner-{i:00}", i => $"Partner organization {i:00}");
        var references = decisions.Select(d => d.Mandates.Select(m => m.Reference).ToList()).ToList();
        var records = Enumerable.Range(1, activities).Select(number =>
        {
            var lead = random.Next(Conventions.Length);
            var joint = random.Next(5) == 0;
            var start = From.AddDays(random.Next(To.DayNumber - From.DayNumber));
            var now = DateTime.UtcNow;
            return new ActivityRecord
            {
                ActivityId = Guid.NewGuid(),
                Convention = Conventions[lead],
                Version = 1 + random.Next(4),
                Title = $"Activity {number}: regional workshop on the environmentally sound management of wastes",
                Description = "Three days with national focal points on inventories, guidance and the follow-up of the 2030 Agenda.",
                Type = Types[random.Next(Types.Length)],
                Status = Statuses[random.Next(Statuses.Length)],
                Start = start,
                End = random.Next(3) == 0 ? null : start.AddDays(random.Next(30)),
                Partners = [.. partners.Keys.OrderBy(_ => random.Next()).Take(random.Next(4))],
                Mandates = [.. references[lead].OrderBy(_ => random.Next()).Take(1 + random.Next(3))],
                Conventions = joint ? [.. Conventions] : [Conventions[lead]],
                Outputs = random.Next(2) == 0 ? [] : ["Workshop report"],
                SdgTargets = random.Next(2) == 0 ? [] : ["12.4"],
                ResourceDependent = random.Next(4) == 0,
                RecordedAt = now,
                SourceMessageId = Guid.NewGuid(),
            };
        }).ToList();
        return new ReportInputs(records, decisions, new HashSet<string>(StringComparer.Ordinal), [], partners);
    }

    private static DecisionRecord Decision(string symbol, string convention)
    {
        var parsed = DecisionParser.Parse(Samples.AdoptedAs(symbol), symbol).Decision
            ?? throw new InvalidOperationException($"The sample decision does not parse as {symbol}.");
        return new DecisionRecord
        {
            Symbol = symbol,
            Convention = convention,
            Title = parsed.Title,
            TextHash = symbol,
            Mandates =
            [
                .. parsed.Mandates.Select(m => new MandateRecord
                {
                    Reference = m.Reference, DecisionSymbol = symbol, Paragraph = m.Paragraph, Subparagraph = m.Subparagraph,
                    Verb = m.Verb, Kind = m.Kind, Text = m.Text, Conditions = [.. m.Conditions],
                    ReportBackBody = m.ReportBack?.Body, ReportBackWhen = m.ReportBack is { When.Length: > 0 } back ? back.When : null,
                }),
            ],
        };
    }
}
