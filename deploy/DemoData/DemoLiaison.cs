namespace Platform.DemoData;

/// <summary>
/// The partner-liaison team's records for 2019–2021: the Secretariat's standings with other
/// bodies, the coalitions it works in, its engagements with partners and what it made available
/// to UNEP under paragraph 6(a).
/// </summary>
public static class DemoLiaison
{
    private static readonly string[] AllConventions = ["basel", "rotterdam", "stockholm"];

    /// <summary>
    /// The standing with IOMC is in the initial directory (observer); the demo records the
    /// invitation that followed paragraph 8, keyed by partner and status.
    /// </summary>
    public static IReadOnlyList<DemoMembership> Memberships { get; } =
    [
        new("iomc", "observer", "2019-05-10", ["BC-14/21 6(e)", "BC-14/21 8"],
            "Observer, upon invitation, at relevant IOMC meetings (6(e)).")
        {
            Changes =
            [
                new("invited", "2020-02-26",
                    "The Inter-Organization Coordinating Committee invited the conventions to consider becoming participating organizations (BC-14/21 8)."),
            ],
        },
        new("emg", "member", "2019-01-01", ["BC-14/21 10"],
            "The Secretariat takes part in the Environment Management Group as one of the secretariats of multilateral environmental agreements."),
        new("iaeg-sdgs", "observer", "2019-04-01", ["BC-14/21 6(b)"],
            "Follows, as an observer, the work of the Inter-agency and Expert Group on the chemicals and waste indicators."),
        new("gpml", "applied", "2019-09-16", ["BC-14/21 6(d)"],
            "Application to join the Global Partnership on Marine Litter as a partner.")
        {
            Changes = [new("member", "2019-11-04", "Admitted as a partner of the Global Partnership on Marine Litter.")],
        },
    ];

    public static IReadOnlyList<DemoCoalition> Coalitions { get; } =
    [
        // The initial directory records the e-waste coalition as intended (BC-14/21 7); it was established since.
        new("e-waste-coalition", ["ilo", "itu", "itc", "unep", "unido", "unitar", "unu", "un-habitat", "who", "brs-secretariat"], "2019-01-24",
            ["BC-14/21 7"],
            "A framework for coordination and collaboration on United Nations system-wide support for e-waste management."),
        new("gpml", ["unep", "fao", "brs-secretariat"], "2012-06-20", ["BC-14/21 6(d)"],
            "A multi-stakeholder partnership, launched at the United Nations Conference on Sustainable Development, that brings together those working on marine litter prevention and management."),
    ];

    public static IReadOnlyList<DemoEngagement> Engagements { get; } =
    [
        new("meeting", "Twenty-seventh meeting of the IOMC Inter-Organization Coordinating Committee",
            "Observer participation; briefing on the outcomes of the 2019 meetings of the Conferences of the Parties.",
            "observer", "2019-11-19", "2019-11-20", ["iomc"], AllConventions, ["BC-14/21 6(e)"])
        {
            ActivityTitles = ["Observer participation in the meeting of the IOMC Inter-Organization Coordinating Committee"],
        },
        new("meeting", "Twenty-fifth meeting of the Environment Management Group senior officials",
            "Participation as a member in the senior officials meeting on system-wide action on pollution.",
            "member", "2019-10-21", "2019-10-21", ["emg"], AllConventions, ["BC-14/21 10"]),
        new("meeting", "Third meeting of the SAICM intersessional process",
            "Participation in the virtual sessions on the targets and indicators of the framework beyond 2020.",
            "participant", "2021-01-25", "2021-02-05", ["saicm"], AllConventions, ["BC-14/21 10"]),
        new("meeting", "Eleventh meeting of the Inter-agency and Expert Group on SDG Indicators",
            "Observer participation in the session considering the 2020 comprehensive review of the indicator framework.",
            "observer", "2020-10-20", "2020-10-22", ["iaeg-sdgs", "undesa-statistics"], AllConventions, ["BC-14/21 6(b)"]),
        new("communication", "Letter to the participating organizations of IOMC on the membership of the conventions",
            "Letter of the Executive Secretary following up on paragraph 8 of decisions BC-14/21, RC-9/9 and SC-9/18.",
            null, "2020-03-12", null, ["iomc", "fao", "who", "unep", "ilo", "undp", "unido", "unitar", "world-bank", "oecd"], AllConventions, ["BC-14/21 8"]),
        new("communication", "Exchange of letters with the Minamata Convention secretariat on cooperation in programmatic areas",
            "Agreement on joint work on mercury wastes, capacity-building and the regional centres for 2020–2021.",
            null, "2019-12-02", null, ["minamata"], AllConventions, ["BC-14/21 9"]),
        new("joint-work", "E-waste Coalition work programme 2019–2021",
            "Contribution of the Secretariat to the coalition's work programme on United Nations system-wide support for e-waste management.",
            null, "2019-01-24", "2021-12-31", ["e-waste-coalition", "ilo", "itu", "unep"], ["basel", "stockholm"], ["BC-14/21 7"])
        {
            ActivityTitles = ["Participation in the Steering Committee of the E-waste Coalition"],
        },
        new("agreement", "Memorandum of understanding with FAO on the joint secretariat of the Rotterdam Convention",
            "Review of the arrangements between UNEP and FAO for the Rotterdam Convention secretariat.",
            null, "2020-07-15", null, ["fao", "unep"], ["rotterdam"], ["BC-14/21 10"]),
        new("meeting", "UNEP consultation on Environment Assembly resolution 4/8",
            "Participation in the consultation on the implementation of the resolution on the sound management of chemicals and waste.",
            "participant", "2019-12-05", "2019-12-06", ["unep"], AllConventions, ["BC-14/21 4"])
        {
            ActivityTitles = ["Participation in the UNEP consultation on Environment Assembly resolution 4/8"],
        },
    ];

    public static IReadOnlyList<DemoTransmission> Transmissions { get; } =
    [
        new("unep", "2019-12-16", "Information on Parties' reporting under the three conventions for SDG indicator 12.4.1, 2019",
            "National reporting status for 2015–2018 made available to UNEP for the follow-up and review of the 2030 Agenda.",
            "2015-01-01", "2018-12-31", AllConventions, ["12.4"], ["UNEP/CHW.14/INF/36"], ["BC-14/21 6(a)"]),
        new("unep", "2020-05-29", "Information on Parties' reporting under the three conventions for SDG indicator 12.4.1, 2020",
            "Compilation of Parties' transmission of information required under the conventions, made available to UNEP as custodian agency.",
            "2015-01-01", "2019-12-31", AllConventions, ["12.4"], [], ["BC-14/21 6(a)"]),
        new("unep", "2020-04-30", "Global monitoring plan data on persistent organic pollutants",
            "Data from the global monitoring plan made available to UNEP for the follow-up of the 2030 Agenda.",
            "2017-01-01", "2019-12-31", ["stockholm"], ["12.4", "3.9"], [], ["BC-14/21 6(a)"]),
        new("unep", "2021-03-31", "Information on import responses and notifications of final regulatory action, 2020",
            "Extraction of Parties' import responses and notifications submitted to the Secretariat in 2020.",
            "2020-01-01", "2020-12-31", ["rotterdam"], ["12.4"], [], ["BC-14/21 6(a)"]),
        new("unep", "2021-05-28", "Information on Parties' reporting under the three conventions for SDG indicator 12.4.1, 2021",
            "Annual update of the reporting status of Parties, including the national reports on hazardous waste generation for indicator 12.4.2.",
            "2015-01-01", "2020-12-31", AllConventions, ["12.4", "12.5"], [], ["BC-14/21 6(a)"]),
        new("undesa-statistics", "2020-02-14", "Comments on the metadata of indicator 12.4.2 for the 2020 comprehensive review",
            "Comments transmitted to the Statistics Division on the revised metadata of indicator 12.4.2 on hazardous waste generated per capita.",
            "2019-01-01", "2019-12-31", AllConventions, ["12.4"], [], ["BC-14/21 6(b)"]),
    ];
}
