using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Platform.IntegrationTests.Reports;

/// <summary>
/// The compiled report as the information document the conferences receive, downloaded through
/// the gateway: its cover block, numbered annex, prose, sources, document numbers, languages and PDF.
/// </summary>
public sealed partial class ReportDocumentTests(ReportsFixture fixture) : IClassFixture<ReportsFixture>
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static readonly string[] Symbols = ["UNEP/CHW.15/INF/36", "UNEP/FAO/RC/COP.10/INF/29", "UNEP/POPS/COP.10/INF/38"];

    private static object NumberedRequest() => new
    {
        kind = "international-cooperation",
        from = ReportsFixture.From,
        to = ReportsFixture.To,
        decisions = new[] { "BC-14/21", "RC-9/9", "SC-9/18" },
        meetings = new
        {
            basel = new { number = 15, venue = "Geneva", from = "2021-07-26", to = "2021-07-30" },
            rotterdam = new { number = 10, venue = "Geneva", from = "2021-07-26", to = "2021-07-30" },
            stockholm = 10,
        },
        agendaItem = new { number = "4 (b)", title = "International cooperation and coordination" },
        documentNumbers = new { basel = 36, rotterdam = 29, stockholm = 38 },
    };

    [Fact]
    public async Task Scenario_with_document_numbers_reads_as_the_information_document_and_converts_to_pdf()
    {
        await fixture.ImportSampleDecisionsAsync();
        await fixture.RegisterPartnerAsync("unep", "United Nations Environment Programme");
        var joint = await fixture.RecordAsync("basel", "Joint webinar on SDG indicator 12.4.2", "2020-11-03", "2020-11-03",
            ["BC-14/21 6(b)"], ["unep"]);
        await fixture.MakeJointAsync("basel", joint, new Dictionary<string, string> { ["rotterdam"] = "RC-9/9 6(b)", ["stockholm"] = "SC-9/18 6(b)" });
        var alone = await fixture.RecordAsync("rotterdam", "Mercury waste guidance with the Minamata secretariat", "2019-06-20", "2019-06-30",
            ["RC-9/9 9"]);
        var location = await fixture.StartRunAsync(NumberedRequest());
        var run = await fixture.RunAsync(location);
        Assert.Equal("completed", run.GetProperty("state").GetString());
        Assert.Equal(Symbols, run.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));

        var docx = await DownloadAsync(location, "docx", WordType);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var body = word.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: Text(p))).ToList();

        // The first page: everything before the page break that opens the annex.
        var firstPage = paragraphs.TakeWhile(p => p.Text != "Annex").Select(p => p.Text).Where(t => t.Length > 0).ToList();
        var today = DateTime.UtcNow.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Equal([.. Symbols, "Distr.: General", today, "English only"], firstPage.Take(6));
        Assert.Contains("Conference of the Parties to the Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and Their Disposal", firstPage);
        Assert.Equal(["Fifteenth meeting", "Geneva, 26–30 July 2021"], firstPage.SkipWhile(t => !t.StartsWith("Conference of the Parties to the Basel", StringComparison.Ordinal)).Skip(1).Take(2));
        Assert.Equal("Tenth meeting", firstPage[firstPage.IndexOf("Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants") + 1]);
        Assert.Contains("Item 4 (b) of the provisional agenda", firstPage);
        Assert.Contains("Note by the Secretariat", firstPage);
        Assert.Contains(firstPage, t => t.StartsWith("1.\tThe Secretariat has the honour to circulate", StringComparison.Ordinal));
        Assert.DoesNotContain("Draft", firstPage);

        // The annex: paragraphs numbered from 1 without a gap, a section per mandate in paragraph order.
        var annex = paragraphs.SkipWhile(p => p.Text != "Annex").ToList();
        var numbers = annex.Where(p => p.Style == "NumberedParagraph").Select(p => int.Parse(p.Text[..p.Text.IndexOf('.')], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, numbers.Count), numbers);
        Assert.Equal(
            ["A.\tCooperation with the United Nations Environment Programme (paragraph 6 (b))",
             "B.\tCooperation with the secretariat of the Minamata Convention on Mercury (paragraph 9)"],
            annex.Where(p => p.Style == "Heading3" && p.Text.Length > 1 && p.Text[1] == '.').Select(p => p.Text));
        Assert.Contains(annex, p => p.Text.Contains(
            "On 3 November 2020, the Secretariat carried out a capacity-building activity, “Joint webinar on SDG indicator 12.4.2”, "
            + "jointly for the Basel, Rotterdam and Stockholm conventions, in cooperation with United Nations Environment Programme.",
            StringComparison.Ordinal));
        Assert.Contains(annex, p => p.Text.Contains(
            "From 20 to 30 June 2019, the Secretariat carried out a capacity-building activity, “Mercury waste guidance with the Minamata secretariat”, "
            + "for the Rotterdam Convention.",
            StringComparison.Ordinal));

        // Identifiers stay in the sources table.
        var sources = body.Elements<Paragraph>().Single(p => Text(p) == "Sources of the information in the present report");
        var before = sources.ElementsBefore().SelectMany(e => e.Descendants<Text>()).Select(t => t.Text);
        Assert.DoesNotContain(before, t => Uuid().IsMatch(t));
        var table = sources.ElementsAfter().OfType<Table>().First();
        var jointRow = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray()).Single(r => r[2] == joint);
        Assert.Equal(["Joint webinar on SDG indicator 12.4.2", "basel", joint, "4"], jointRow[..4]);
        Assert.Matches(Uuid(), jointRow[4]);
        Assert.Contains(table.Elements<TableRow>(), r => r.InnerText.Contains(alone, StringComparison.Ordinal));

        // The PDF is the whole Word document as LibreOffice renders it.
        var pdf = await DownloadAsync(location, "pdf", "application/pdf");
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var pages = await PdfReader.PageCountAsync(pdf);
        Assert.True(pages >= 2, $"The PDF has {pages} page(s); the cover and the annex take two at least.");
        Assert.Equal(await PdfReader.PageCountAsync(await PdfReader.ConvertWithLibreOfficeAsync(docx)), pages);
        var text = await PdfReader.TextAsync(pdf);
        Assert.All(Symbols, symbol => Assert.Contains(symbol, text, StringComparison.Ordinal));
        Assert.Contains("Note by the Secretariat", text, StringComparison.Ordinal);
        // The agenda item's footnote, marked with an asterisk once.
        Assert.Contains("* UNEP/CHW.15/1, UNEP/FAO/RC/COP.10/1 and UNEP/POPS/COP.10/1.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_is_a_draft_until_all_three_numbers_are_set_and_then_carries_them()
    {
        var location = await fixture.StartRunAsync();
        await fixture.RunAsync(location);
        using var compiler = fixture.Compiler();

        Assert.Contains("Draft", await WordLinesAsync(location));
        Assert.Contains("UNEP/FAO/RC/COP.10/INF/y", await WordLinesAsync(location));

        using var partial = await compiler.PutAsJsonAsync($"{location}/document-numbers", new { basel = 36, rotterdam = (int?)null, stockholm = 38 }, JsonSerializerOptions.Web);
        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.Equal(["UNEP/CHW.15/INF/36", "UNEP/FAO/RC/COP.10/INF/y", "UNEP/POPS/COP.10/INF/38"],
            (await partial.ReadJsonAsync()).GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("Draft", await WordLinesAsync(location));

        using var whole = await compiler.PutAsJsonAsync($"{location}/document-numbers", new { basel = 36, rotterdam = 29, stockholm = 38 }, JsonSerializerOptions.Web);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        var numbers = (await whole.ReadJsonAsync()).GetProperty("documentNumbers");
        Assert.Equal(29, numbers.GetProperty("rotterdam").GetInt32());
        var lines = await WordLinesAsync(location);
        Assert.Equal(Symbols, lines.Take(3));
        Assert.DoesNotContain("Draft", lines);
        var run = await fixture.RunAsync(location);
        Assert.Equal(Symbols, run.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Document_numbers_are_checked_guarded_and_need_a_run()
    {
        var location = await fixture.StartRunAsync();
        using var compiler = fixture.Compiler();
        using var reader = fixture.Reader();

        using var wrong = await compiler.PutAsJsonAsync($"{location}/document-numbers", new { basel = 0, rotterdam = 29, stockholm = 1000 }, JsonSerializerOptions.Web);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(new HashSet<string> { "basel", "stockholm" }, (await wrong.ReadJsonAsync()).ErrorFields());

        using var unknown = await compiler.PutAsJsonAsync($"/api/reports/{Guid.NewGuid()}/document-numbers", new { basel = 36 }, JsonSerializerOptions.Web);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var refused = await reader.PutAsJsonAsync($"{location}/document-numbers", new { basel = 36 }, JsonSerializerOptions.Web);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Request_names_each_bad_meeting_agenda_and_number_field()
    {
        using var compiler = fixture.Compiler();

        using var response = await compiler.PostJsonAsync("/api/reports", new
        {
            kind = "international-cooperation",
            from = ReportsFixture.From,
            to = ReportsFixture.To,
            decisions = new[] { "BC-14/21" },
            meetings = new
            {
                basel = new { number = 15, venue = "Geneva", from = "2021-07-30", to = "2021-07-26" },
                rotterdam = "ten",
                stockholm = new { number = 10, from = "2021-07-26" },
            },
            agendaItem = 4,
            documentNumbers = new { basel = 36, rotterdam = -1 },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            new HashSet<string> { "meetings.basel.to", "meetings.rotterdam", "meetings.stockholm.to", "agendaItem", "documentNumbers.rotterdam" },
            (await response.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Each_language_downloads_as_a_valid_word_document_in_that_language_and_arabic_reads_right_to_left()
    {
        var location = await fixture.StartRunAsync(NumberedRequest());
        await fixture.RunAsync(location);
        var introductions = new Dictionary<string, string>
        {
            ["en"] = "I.\tIntroduction", ["fr"] = "I.\tIntroduction", ["es"] = "I.\tIntroducción",
            ["ar"] = "أولاً.\tمقدمة", ["ru"] = "I.\tВведение", ["zh"] = "一.\t导言",
        };

        foreach (var (language, introduction) in introductions)
        {
            using var word = WordprocessingDocument.Open(
                new MemoryStream(await DownloadAsync(location, "docx", WordType, language)), isEditable: false);
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => $"{language}: {e.Description}"));
            var body = word.MainDocumentPart!.Document!.Body!;
            Assert.Equal(introduction, Text(body.Elements<Paragraph>().First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2")));
            Assert.Equal(language == "ar", body.Descendants<Paragraph>().All(p => p.ParagraphProperties?.BiDi is not null));
        }

        var arabic = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(await DownloadAsync(location, "html", "text/html", "ar"))).Root!;
        Assert.Equal(("ar", "rtl"), ((string?)arabic.Attribute("lang"), (string?)arabic.Attribute("dir")));

        using var reader = fixture.Reader();
        using var unknown = await reader.GetAsync($"{location}/document?format=docx&language=de");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(new HashSet<string> { "language" }, (await unknown.ReadJsonAsync()).ErrorFields());
    }

    /// <summary>As long as the gateway's route for a document allows.</summary>
    private static readonly TimeSpan DocumentTimeout = TimeSpan.FromSeconds(150);

    private async Task<byte[]> DownloadAsync(string location, string format, string contentType, string language = "en")
    {
        using var reader = fixture.Reader();
        reader.Timeout = DocumentTimeout; // a PDF waits for LibreOffice, longer on a busy machine
        using var response = await reader.GetAsync($"{location}/document?format={format}&language={language}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{format} {language}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"report-{location[^36..]}-{language}.{format}", response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<List<string>> WordLinesAsync(string location)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(location, "docx", WordType)), isEditable: false);
        return [.. word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(Text)];
    }

    /// <summary>A paragraph as a reader sees it, the tab after a number included.</summary>
    private static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text text => text.Text, TabChar => "\t", _ => "" }));

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Uuid();
}
