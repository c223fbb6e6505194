using Reporting.Reports.Documents;
using Reporting.Reports.Model;
using Reporting.Reports.Runs;

namespace Platform.UnitTests.Reports;

/// <summary>
/// A compiled report as the compiler would hand it over: a joint activity across the three
/// conventions, one with no partner, a flagged joint mandate, the mandate to report back,
/// assistance to a Party, the meetings (Stockholm's without venue or dates) and agenda item, and a
/// partial run whose partner-liaison source did not answer.
/// </summary>
internal static class SampleReport
{
    public const string Symbol = "UNEP/CHW.15/INF/x–UNEP/FAO/RC/COP.10/INF/y–UNEP/POPS/COP.10/INF/z";
    public static readonly DocumentNumbers Numbers = new(36, 29, 38);
    public static readonly string[] Symbols = ["UNEP/CHW.15/INF/36", "UNEP/FAO/RC/COP.10/INF/29", "UNEP/POPS/COP.10/INF/38"];
    public const string JointTitle = "Joint workshop on plastic waste & POPs <West Africa> | Côte d’Ivoire";
    public const string WebinarTitle = "Webinar on the PIC procedure – Spanish edition";
    public const string InventoryTitle = "Support to Côte d’Ivoire on PCB inventories";
    public const string MissingSource = "PartnerLiaison";

    public static readonly string[] JointReferences = ["BC-14/21 6(b)", "RC-9/9 6(b)", "SC-9/18 6(b)"];
    public static readonly string[] FlaggedReferences = ["BC-14/21 6(d)", "RC-9/9 6(d)", "SC-9/18 6(d)"];
    public static readonly string[] ReportBackReferences = ["BC-14/21 11", "RC-9/9 11", "SC-9/18 11"];

    public static readonly Guid JointId = Guid.Parse("6f1d2c3b-0000-4000-8000-000000000001");
    public static readonly Guid WebinarId = Guid.Parse("6f1d2c3b-0000-4000-8000-000000000002");
    public static readonly Guid InventoryId = Guid.Parse("6f1d2c3b-0000-4000-8000-000000000003");

    public static readonly ReportMeetings Meetings = new(
        new ReportMeeting(15, "Geneva", new DateOnly(2021, 7, 26), new DateOnly(2021, 7, 30)),
        new ReportMeeting(10, "Geneva", new DateOnly(2021, 7, 26), new DateOnly(2021, 7, 30)),
        new ReportMeeting(10));

    public static readonly ReportAgendaItem AgendaItem = new("4 (b)", "Matters related to the implementation of the Convention: international cooperation and coordination");

    /// <summary>A run for the three decisions of 2019 over the period they ask about, to COP-15, COP-10 and COP-10.</summary>
    public static ReportRun Run() => new()
    {
        Id = Guid.NewGuid(),
        Kind = "international-cooperation",
        From = new DateOnly(2019, 5, 11),
        To = new DateOnly(2021, 7, 31),
        Decisions = ["BC-14/21", "RC-9/9", "SC-9/18"],
        BaselMeeting = 15,
        RotterdamMeeting = 10,
        StockholmMeeting = 10,
    };

    public static ConsolidatedReport Build(ReportMeetings? meetings = null, ReportAgendaItem? agendaItem = null)
    {
        ReportActivity[] activities =
        [
            new(JointId, JointTitle, "Three-day workshop | Abidjan & online.", "workshop", "completed",
                new DateOnly(2020, 2, 3), new DateOnly(2020, 2, 5),
                ["basel", "rotterdam", "stockholm"], ["FAO", "UNEP Regional Office for Africa"], JointReferences,
                ["12.4"], ["Workshop report"], false,
                new ReportSource("Basel", JointId.ToString(), 3, Guid.Parse("a0000000-0000-4000-8000-00000000000a"))),
            new(WebinarId, WebinarTitle, "Online session.", "webinar", "completed",
                new DateOnly(2020, 6, 10), null,
                ["rotterdam"], [], ["RC-9/9 6(c)"], [], [], false,
                new ReportSource("Rotterdam", WebinarId.ToString(), 1, null)),
            new(InventoryId, InventoryTitle, "PCB inventories in Côte d’Ivoire.", "technical-assistance", "ongoing",
                new DateOnly(2021, 1, 15), new DateOnly(2021, 12, 31),
                ["stockholm"], ["UNIDO"], ["SC-9/18 6(c)"], ["12.4", "3.9"], [], true,
                new ReportSource("Stockholm", InventoryId.ToString(), 2, Guid.Parse("c0000000-0000-4000-8000-00000000000c"))),
        ];

        ReportMandate[] mandates =
        [
            new("joint-6b", JointReferences, "To organise regional workshops on plastic waste & POPs <in cooperation with partners>.",
                "activity", ["subject to the availability of resources"], "COP 15", [JointId]),
            new("RC-9/9 6(c)", ["RC-9/9 6(c)"], "To deliver webinars on the PIC procedure.", "activity", [], null, [WebinarId]),
            new("SC-9/18 6(c)", ["SC-9/18 6(c)"], "To assist Parties with PCB inventories.", "assistance", [], null, [InventoryId]),
            new("joint-6d", FlaggedReferences, "To prepare a joint study on illegal traffic | trade.", "prepare", [], null, []),
            new("joint-11", ReportBackReferences,
                "Further requests the Secretariat to report on the implementation of the present decision to the Conference of the Parties at its next meeting.",
                "report", [], "to the Conference of the Parties, at its next meeting", []),
        ];

        return new ConsolidatedReport(
            RunId: Guid.Parse("e0000000-0000-4000-8000-00000000000e"),
            Kind: "international-cooperation",
            Symbol: Symbol,
            Title: "International cooperation and coordination – report on activities",
            From: new DateOnly(2019, 5, 11),
            To: new DateOnly(2021, 7, 31),
            Decisions: ["BC-14/21", "RC-9/9", "SC-9/18"],
            Status: "partial",
            MissingSources: [MissingSource],
            Mandates: mandates,
            Activities: activities,
            ActivitiesByPartner:
            [
                new("fao", "FAO", [JointId]),
                new("unep-roa", "UNEP Regional Office for Africa", [JointId]),
                new("unido", "UNIDO", [InventoryId]),
            ],
            MandateCoverage: [.. mandates.Select(m => new MandateCoverage(
                m.Key, m.References, m.Kind, m.Text, m.ActivityIds.Count, m.ActivityIds.Count == 0))],
            Assistance:
            [
                new(Guid.Parse("b0000000-0000-4000-8000-00000000000b"), "stockholm", "Côte d’Ivoire",
                    "PCB inventory | transformers", "closed", new DateOnly(2020, 9, 1), new DateOnly(2021, 3, 1),
                    "Inventory completed", "SC-9/18 6(c)",
                    new ReportSource("Stockholm", "b0000000-0000-4000-8000-00000000000b", 4, null)),
            ],
            Summary: new ReportSummary(
                Activities: 3,
                JointActivities: 1,
                FlaggedMandates: 2,
                AssistanceRequests: 1,
                ActivitiesPerConvention: [new("basel", 1), new("rotterdam", 2), new("stockholm", 2)],
                ActivitiesPerPartner: [new("FAO", 1), new("UNEP Regional Office for Africa", 1), new("UNIDO", 1)],
                ActivitiesPerType: [new("workshop", 1), new("webinar", 1), new("technical-assistance", 1)],
                ActivitiesPerStatus: [new("completed", 2), new("ongoing", 1)]),
            CompiledAt: new DateTimeOffset(2021, 8, 2, 9, 30, 0, TimeSpan.Zero),
            Meetings: meetings ?? Meetings,
            AgendaItem: agendaItem ?? AgendaItem);
    }
}
