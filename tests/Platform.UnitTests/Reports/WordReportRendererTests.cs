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

        Assert.Empty(Validate(word));
    }

    [Fact]
    public async Task Draft_document_passes_the_validator_too()
    {
        using var word = await Rendered.Word(Rendered.Edition(numbers: Reporting.Reports.Documents.DocumentNumbers.None));

        Assert.Empty(Validate(word));
    }

    [Fact]
    public async Task Text_is_times_new_roman_and_every_style_used_is_defined()
    {
        using var word = await Rendered.Word();
        var main = word.MainDocumentPart!;

        var styles = main.StyleDefinitionsPart!.Styles!;
        Assert.Equal("Times New Roman", styles.DocDefaults!.Descendants<RunFonts>().Single().Ascii!.Value);
        var defined = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet();
        var used = main.Document!.Body!.Descendants<ParagraphStyleId>().Select(s => s.Val!.Value!).ToHashSet();
        Assert.Subset(defined, used);
        Assert.Superset(new HashSet<string> { "Heading1", "Heading2", "Heading3", "NumberedParagraph", "CoverSymbol", "Title" }, used);
    }

    [Fact]
    public async Task Document_opens_with_the_three_symbols_in_the_cover_block()
    {
        using var word = await Rendered.Word();

        var first = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Take(3).ToList();
        Assert.Equal(SampleReport.Symbols, first.Select(Rendered.Text));
        Assert.All(first, p => Assert.Equal("CoverSymbol", p.ParagraphProperties!.ParagraphStyleId!.Val!.Value));
    }

    [Fact]
    public async Task Pages_after_the_first_carry_the_symbols_in_their_header_and_every_page_its_number()
    {
        using var word = await Rendered.Word();
        var main = word.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();

        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var headers = section.Elements<HeaderReference>().ToDictionary(h => h.Type!.Value, h => (HeaderPart)main.GetPartById(h.Id!.Value!));
        Assert.Equal(SampleReport.Symbols, headers[HeaderFooterValues.Default].Header!.Elements<Paragraph>().Select(Rendered.Text));
        Assert.Equal("", headers[HeaderFooterValues.First].Header!.InnerText);
        Assert.All(section.Elements<FooterReference>(), reference =>
            Assert.Contains(((FooterPart)main.GetPartById(reference.Id!.Value!)).Footer!.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE"));
    }

    [Fact]
    public async Task Agenda_item_carries_a_footnote_the_section_marks_with_an_asterisk()
    {
        using var word = await Rendered.Word();
        var main = word.MainDocumentPart!;

        var reference = Assert.Single(main.Document!.Body!.Descendants<FootnoteReference>());
        Assert.Equal("Item 4 (b) of the provisional agenda", Rendered.Text(reference.Ancestors<Paragraph>().Single()));
        var footnote = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Single(f => f.Id!.Value == reference.Id!.Value);
        Assert.Single(footnote.Descendants<FootnoteReferenceMark>());
        Assert.Equal(" UNEP/CHW.15/1, UNEP/FAO/RC/COP.10/1 and UNEP/POPS/COP.10/1.", footnote.InnerText);
        var numbering = main.Document.Body.Elements<SectionProperties>().Single().GetFirstChild<FootnoteProperties>()!;
        Assert.Equal(NumberFormatValues.Chicago, numbering.GetFirstChild<NumberingFormat>()!.Val!.Value);
    }

    [Fact]
    public async Task Annex_paragraphs_carry_their_number_before_a_tab()
    {
        using var word = await Rendered.Word();

        var numbered = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "NumberedParagraph")
            .Select(Rendered.Text)
            .ToList();
        Assert.StartsWith("1.\tThe Secretariat has the honour to circulate", numbered[0], StringComparison.Ordinal);
        Assert.StartsWith("1.\tIn paragraph 11 of decisions BC-14/21, RC-9/9 and SC-9/18", numbered[3], StringComparison.Ordinal);
        Assert.StartsWith("14.\t", numbered[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annex_starts_on_a_new_page()
    {
        using var word = await Rendered.Word();

        var annex = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => Rendered.Text(p) == "Annex");
        var before = annex.ElementsBefore().OfType<Paragraph>().Last();
        Assert.Equal(BreakValues.Page, before.Descendants<Break>().Single().Type!.Value);
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
        Assert.Equal(["Basel", "Rotterdam", "Stockholm"], categories);
        Assert.Equal(["1", "2", "2"], values);
        Assert.NotNull(chart.EmbeddedPackagePart);
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
    public async Task Sources_table_gives_each_activity_and_request_its_service_id_version_and_message()
    {
        using var word = await Rendered.Word();

        var rows = Rows(word, "Sources of the information in the present report");
        Assert.Equal(["Activity or request", "Service", "Record identifier", "Version", "Message identifier"], rows[0]);
        Assert.Equal([SampleReport.JointTitle, "Basel", SampleReport.JointId.ToString(), "3", "a0000000-0000-4000-8000-00000000000a"], rows[1]);
        Assert.Equal("not recorded (fetched from the source)", rows[2][4]);
        Assert.Equal(["Côte d’Ivoire: PCB inventory | transformers", "Stockholm", "b0000000-0000-4000-8000-00000000000b", "4", "not recorded (fetched from the source)"], rows[4]);
    }

    [Fact]
    public async Task Mandates_without_activity_are_flagged_and_shaded_in_the_coverage_table()
    {
        using var word = await Rendered.Word();

        var table = TableAfter(word, "Mandates and the number of activities that served them");
        var shaded = table.Elements<TableRow>().Where(r => r.Descendants<Shading>().Any(s => s.Fill?.Value == "FDECEA"))
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).ToList();
        Assert.Equal(
            [["BC-14/21 6(d), RC-9/9 6(d), SC-9/18 6(d)", "0", "No activity"], ["BC-14/21 11, RC-9/9 11, SC-9/18 11", "0", "No activity"]],
            shaded);
    }

    [Fact]
    public async Task Page_has_a4_size_and_margins()
    {
        using var word = await Rendered.Word();

        var section = word.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(1134, section.GetFirstChild<PageMargin>()!.Top!.Value);
    }

    internal static List<string> Validate(WordprocessingDocument word) =>
        [.. new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    private static Table TableAfter(WordprocessingDocument word, string heading) =>
        word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Single(p => Rendered.Text(p) == heading)
            .ElementsAfter().OfType<Table>().First();

    private static List<string[]> Rows(WordprocessingDocument word, string heading) =>
        [.. TableAfter(word, heading).Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())];
}
