using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Platform.UnitTests.Reports;

public sealed class WordReportRendererTests
{
    [Fact]
    public async Task Document_passes_the_office_2019_validator_with_no_errors()
    {
        using var word = await Rendered.Word();

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Headings_use_heading_styles_defined_in_the_styles_part()
    {
        using var word = await Rendered.Word();
        var main = word.MainDocumentPart!;

        var defined = main.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { "Heading1", "Heading2", "Heading3" }, defined);
        var used = main.Document!.Body!.Elements<Paragraph>()
            .Select(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value)
            .OfType<string>()
            .ToHashSet();
        Assert.Subset(defined, used);
        var title = main.Document.Body.Elements<Paragraph>().First();
        Assert.Equal("Heading1", title.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [Fact]
    public async Task Chart_is_a_native_bar_chart_with_a_bar_per_convention()
    {
        using var word = await Rendered.Word();

        var chart = Assert.Single(word.MainDocumentPart!.ChartParts);
        var bars = Assert.Single(chart.ChartSpace!.Descendants<C.BarChart>());
        Assert.Equal(C.BarDirectionValues.Column, bars.GetFirstChild<C.BarDirection>()!.Val!.Value);
        var categories = bars.Descendants<C.CategoryAxisData>().Single().Descendants<C.StringPoint>().Select(p => p.InnerText);
        var values = bars.Descendants<C.Values>().Single().Descendants<C.NumericPoint>().Select(p => p.InnerText);
        Assert.Equal(["basel", "rotterdam", "stockholm"], categories);
        Assert.Equal(["1", "2", "2"], values);
        Assert.NotNull(chart.EmbeddedPackagePart);
        Assert.Single(word.MainDocumentPart.Document!.Body!.Descendants<C.ChartReference>());
    }

    [Fact]
    public async Task Tables_repeat_their_header_row_on_each_page()
    {
        using var word = await Rendered.Word();

        var tables = word.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public async Task Joint_activity_is_listed_once_with_all_its_conventions()
    {
        using var word = await Rendered.Word();

        var rows = Rows(word, "Activities of the period");
        var joint = Assert.Single(rows, r => r[0] == SampleReport.JointTitle);
        Assert.Equal("basel, rotterdam, stockholm", joint[1]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task Mandates_without_activity_are_flagged_and_shaded()
    {
        using var word = await Rendered.Word();

        var rows = Rows(word, "Mandate coverage");
        var flagged = Assert.Single(rows, r => r[^1] == "No activity");
        Assert.Equal("BC-14/21 6(d), RC-9/9 6(d), SC-9/18 6(d)", flagged[0]);
        var shaded = TableAfter(word, "Mandate coverage").Elements<TableRow>()
            .Where(r => r.Descendants<Shading>().Any(s => s.Fill?.Value == "FDECEA"));
        Assert.Equal("BC-14/21 6(d), RC-9/9 6(d), SC-9/18 6(d)", Assert.Single(shaded).Elements<TableCell>().First().InnerText);
    }

    [Fact]
    public async Task Page_has_a4_size_and_margins()
    {
        using var word = await Rendered.Word();

        var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(1134, section.GetFirstChild<PageMargin>()!.Top!.Value);
    }

    private static Table TableAfter(WordprocessingDocument word, string heading) =>
        word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => p.InnerText == heading)
            .ElementsAfter().OfType<Table>().First();

    private static List<string[]> Rows(WordprocessingDocument word, string heading) =>
        [.. TableAfter(word, heading).Elements<TableRow>().Skip(1)
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())];
}
