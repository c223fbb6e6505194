namespace Platform.UnitTests.Reports;

/// <summary>What every readable document (Word, HTML, Markdown) must say, whatever its format.</summary>
public sealed class DocumentContentTests
{
    public static readonly TheoryData<string> Formats = ["docx", "html", "md"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Joint_document_symbol_appears_with_its_en_dashes(string format)
    {
        var lines = await Rendered.Lines(format);

        Assert.Contains(lines, l => l.Contains(SampleReport.Symbol, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Title_period_and_decisions_covered_open_the_document(string format)
    {
        var lines = await Rendered.Lines(format);
        var text = string.Join("\n", lines);

        Assert.Contains("International cooperation and coordination – report on activities", lines.First(l => l.Length > 0), StringComparison.Ordinal);
        Assert.Contains("11 May 2019 to 31 July 2021", text, StringComparison.Ordinal);
        Assert.Contains("BC-14/21, RC-9/9, SC-9/18", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Partial_report_names_the_source_that_did_not_answer(string format)
    {
        var lines = await Rendered.Lines(format);

        Assert.Contains(lines, l => l.Contains("Partial report", StringComparison.Ordinal)
            && l.Contains(SampleReport.MissingSource, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_activity_line_names_its_source_service_id_and_version(string format)
    {
        var text = string.Join("\n", await Rendered.Lines(format));

        Assert.Contains($"Basel, id {SampleReport.JointId}, version 3, message a0000000-0000-4000-8000-00000000000a", text, StringComparison.Ordinal);
        Assert.Contains($"Rotterdam, id {SampleReport.WebinarId}, version 1, message not recorded", text, StringComparison.Ordinal);
        Assert.Contains($"Stockholm, id {SampleReport.InventoryId}, version 2", text, StringComparison.Ordinal);
        Assert.Contains("Stockholm, id b0000000-0000-4000-8000-00000000000b, version 4", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Sections_follow_the_same_order_in_every_document(string format)
    {
        var sections = await Rendered.Sections(format);

        Assert.Equal(
            [
                "Mandates of the decisions covered",
                "Activities by partner organisation",
                "Activities of the period",
                "Mandate coverage",
                "Party assistance requests handled",
                "Summary figures",
            ],
            sections);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Activity_without_a_partner_is_still_listed_among_the_partner_groups(string format)
    {
        var lines = await Rendered.Lines(format);
        var section = lines.SkipWhile(l => !l.Contains("Activities by partner organisation", StringComparison.Ordinal))
            .TakeWhile(l => !l.Contains("Activities of the period", StringComparison.Ordinal))
            .ToList();

        var noPartner = section.FindIndex(l => l.Contains("No partner organisation", StringComparison.Ordinal));
        Assert.True(noPartner >= 0);
        Assert.Contains(section.Skip(noPartner), l => l.Contains("Webinar on the PIC procedure", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Non_ascii_party_names_are_kept_as_written(string format)
    {
        var text = string.Join("\n", await Rendered.Lines(format));

        Assert.Contains("Côte d’Ivoire", text, StringComparison.Ordinal);
    }
}
