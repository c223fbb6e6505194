using System.Globalization;
using Platform.UnitTests.Decisions;
using Reporting.ReadModel.Activities;
using Reporting.ReadModel.AssistanceRequests;
using Reporting.ReadModel.Decisions;
using Reporting.Reports.Documents;
using Reporting.Reports.Runs;

namespace Platform.UnitTests.Reports;

/// <summary>
/// The prose composed from the sample decision BC-14/21 as the three COPs adopted it: section
/// titles from each mandate's own words, the mandate quoted, each activity a paragraph.
/// </summary>
public sealed class ReportCompositionTests
{
    private static readonly ReportRun Run = SampleReport.Run();

    private static readonly string[] Served = ["4", "6(a)", "6(b)", "6(c)", "6(d)", "6(e)", "7", "8", "9", "10"];

    [Fact]
    public void Each_mandate_section_is_titled_by_its_subject_and_paragraph_in_the_decisions_order()
    {
        var sections = Compose([.. Served.Select(place => Activity($"BC-14/21 {place}"))]);

        Assert.Equal(
            [
                "Cooperation with the Executive Director of the United Nations Environment Programme (paragraph 4)",
                "Information made available (paragraph 6 (a))",
                "Cooperation with the United Nations Environment Programme (paragraph 6 (b))",
                "Assistance to Parties (paragraph 6 (c))",
                "Cooperation with other international organizations (paragraph 6 (d))",
                "Participation as an observer (paragraph 6 (e))",
                "Cooperation with those members of the coalition that belong to the United Nations system (paragraph 7)",
                "Request to take the necessary steps for membership and participation (paragraph 8)",
                "Cooperation with the secretariat of the Minamata Convention on Mercury (paragraph 9)",
                "Cooperation with the secretariat of the Strategic Approach and with other international organizations (paragraph 10)",
            ],
            sections.Where(s => s.Id.StartsWith("paragraph-", StringComparison.Ordinal)).Select(s => s.Title));
        Assert.Equal(
            ["paragraph-4", "paragraph-6a", "paragraph-6b", "paragraph-6c", "paragraph-6d", "paragraph-6e", "paragraph-7", "paragraph-8", "paragraph-9", "paragraph-10"],
            sections.Where(s => s.Id.StartsWith("paragraph-", StringComparison.Ordinal)).Select(s => s.Id));
    }

    [Fact]
    public void Introduction_quotes_the_paragraph_that_asks_for_the_report()
    {
        var introduction = ReportSections.Paragraphs(Compose([]).Single(s => s.Id == "introduction").Text);

        Assert.Equal(
            "In paragraph 11 of decisions BC-14/21, RC-9/9 and SC-9/18, the conferences of the Parties requested the Secretariat "
            + "“to report on the implementation of the present decision to the Conference of the Parties at its next meeting”. "
            + "The present report responds to that request.",
            introduction[0]);
        Assert.StartsWith("The report covers the period from 11 May 2019 to 31 July 2021.", introduction[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mandate_from_a_later_clause_is_quoted_from_its_infinitive()
    {
        var section = Compose([Activity("BC-14/21 7")]).Single(s => s.Id == "paragraph-7");

        Assert.StartsWith(
            "In paragraph 7 of decisions BC-14/21, RC-9/9 and SC-9/18, the conferences of the Parties requested the Secretariat “to cooperate, as appropriate",
            ReportSections.Paragraphs(section.Text)[0],
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("completed", "2020-03-02", "2020-03-02", "On 2 March 2020, the Secretariat carried out a meeting,")]
    [InlineData("completed", "2020-03-02", "2020-03-04", "From 2 to 4 March 2020, the Secretariat carried out a meeting,")]
    [InlineData("completed", "2020-06-30", "2020-07-02", "From 30 June 2020 to 2 July 2020, the Secretariat carried out a meeting,")]
    [InlineData("completed", "2020-03-02", null, "On 2 March 2020, the Secretariat carried out a meeting,")]
    [InlineData("ongoing", "2020-03-02", null, "Since 2 March 2020, the Secretariat is carrying out a meeting,")]
    [InlineData("planned", "2021-06-01", null, "Starting on 1 June 2021, the Secretariat plans to carry out a meeting,")]
    [InlineData("cancelled", "2020-03-02", "2020-03-04", "From 2 to 4 March 2020, the Secretariat had planned a meeting,")]
    public void An_activity_paragraph_says_when_and_in_the_tense_of_its_status(string status, string start, string? end, string opening)
    {
        var activity = Activity("BC-14/21 9", status, DateOnly.Parse(start, CultureInfo.InvariantCulture), end is null ? null : DateOnly.Parse(end, CultureInfo.InvariantCulture));

        var paragraph = ReportSections.Paragraphs(Compose([activity]).Single(s => s.Id == "paragraph-9").Text)[1];

        Assert.StartsWith(opening, paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void An_activity_paragraph_names_its_partners_conventions_outputs_and_targets_and_keeps_its_description()
    {
        var activity = Activity("BC-14/21 6(b)");
        activity.Conventions = ["basel", "stockholm"];
        activity.ParticipantMandates = ["SC-9/18 6(b)"];
        activity.Partners = ["unep", "unsd"];
        activity.Outputs = ["Guidance on indicator 12.4.2", "Training materials"];
        activity.SdgTargets = ["12.4", "12.5"];
        activity.ResourceDependent = true;

        var paragraph = ReportSections.Paragraphs(Compose([activity]).Single(s => s.Id == "paragraph-6b").Text)[1];

        Assert.Equal(
            "On 2 March 2020, the Secretariat carried out a meeting, “Expert meeting on indicators”, jointly for the Basel and Stockholm conventions, "
            + "in cooperation with United Nations Environment Programme and Statistics Division. Met in Geneva. "
            + "Its outputs are: Guidance on indicator 12.4.2 and Training materials. "
            + "It contributes to targets 12.4 and 12.5 of the Sustainable Development Goals. It depends on the availability of resources.",
            paragraph);
    }

    [Fact]
    public void Mandates_without_activity_are_each_quoted_the_superseded_and_the_one_this_report_answers_said_so()
    {
        var inputs = Inputs([Activity("BC-14/21 9")]) with { SupersededReferences = new HashSet<string> { "BC-14/21 6(e)" } };
        var report = ReportCompiler.Compile(Run, inputs, [], DateTimeOffset.UnixEpoch);

        var paragraphs = ReportSections.Paragraphs(ReportSections.Compose(report, ReportLanguages.English).Single(s => s.Id == "mandates-without-activity").Text);

        Assert.Equal("No activity was reported in the period under the following mandates.", paragraphs[0]);
        Assert.Equal(11, paragraphs.Count);
        Assert.Contains(paragraphs, p => p.StartsWith("In paragraph 6 (e) of decisions", StringComparison.Ordinal) && p.EndsWith("A later decision has replaced this mandate.", StringComparison.Ordinal));
        Assert.EndsWith("The present report responds to that request.", paragraphs[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.StartsWith("In paragraph 9 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_section_exists_only_while_its_mandate_has_activity_and_keeps_its_id_from_run_to_run()
    {
        var first = Compose([Activity("BC-14/21 9"), Activity("BC-14/21 6(b)")]).Select(s => s.Id).ToList();
        var second = Compose([Activity("BC-14/21 9")]).Select(s => s.Id).ToList();

        Assert.Equal(["introduction", "paragraph-6b", "paragraph-9", "mandates-without-activity", "assistance"], first);
        Assert.Equal(["introduction", "paragraph-9", "mandates-without-activity", "assistance"], second);
    }

    [Fact]
    public void An_edit_for_a_section_the_report_does_not_have_changes_nothing()
    {
        var report = ReportCompiler.Compile(Run, Inputs([Activity("BC-14/21 9")]), [], DateTimeOffset.UnixEpoch);
        var generated = ReportEdition.Generated(report, ReportLanguages.English);
        var edited = generated with { EditedSections = new Dictionary<string, string> { ["paragraph-6b"] = "Text for a section that is not there." } };

        Assert.Equal(Markdown(generated), Markdown(edited));
    }

    private static string Markdown(ReportEdition edition)
    {
        using var output = new MemoryStream();
        ReportRenderers.OnThisHost.Find("md")!.RenderAsync(edition, output, CancellationToken.None).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    private static IReadOnlyList<DocumentSection> Compose(IReadOnlyList<ActivityRecord> activities) =>
        ReportSections.Compose(ReportCompiler.Compile(Run, Inputs(activities), [], DateTimeOffset.UnixEpoch), ReportLanguages.English);

    private static ReportInputs Inputs(IReadOnlyList<ActivityRecord> activities) => new(
        activities,
        [Decision("basel", "BC-14/21"), Decision("rotterdam", "RC-9/9"), Decision("stockholm", "SC-9/18")],
        new HashSet<string>(),
        new List<AssistanceRecord>(),
        new Dictionary<string, string> { ["unep"] = "United Nations Environment Programme", ["unsd"] = "Statistics Division" });

    private static DecisionRecord Decision(string convention, string symbol)
    {
        var parsed = Parsed.Decision(Parsed.SampleText().Replace("BC-14/21", symbol, StringComparison.Ordinal));
        return new DecisionRecord
        {
            Symbol = symbol,
            Convention = convention,
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

    private static ActivityRecord Activity(string mandate, string status = "completed", DateOnly? start = null, DateOnly? end = null)
    {
        var first = start ?? new DateOnly(2020, 3, 2);
        return new ActivityRecord
        {
            ActivityId = Guid.NewGuid(),
            Convention = "basel",
            Version = 1,
            Title = "Expert meeting on indicators",
            Description = "Met in Geneva",
            Type = "meeting",
            Status = status,
            Start = first,
            End = start is null ? first : end,
            Mandates = [mandate],
            Conventions = ["basel"],
            SourceMessageId = Guid.NewGuid(),
        };
    }
}
