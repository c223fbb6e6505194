using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Platform.ServiceDefaults.Text;

namespace Platform.IntegrationTests.Reports;

/// <summary>
/// Reports over text stored before the platform's text rule (controls, lone surrogates,
/// noncharacters, bidirectional controls; put straight into the reporting store, as old data
/// would be) download whole in every format, through the gateway.
/// </summary>
public sealed class StoredTextDocumentTests(ReportsFixture fixture) : IClassFixture<ReportsFixture>
{
    private const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public async Task Report_over_activities_stored_with_every_character_class_downloads_whole_in_every_format()
    {
        await fixture.ImportSampleDecisionsAsync();
        // A partner registered while Reporting runs, so its announcement reaches the read model.
        await fixture.RegisterPartnerAsync("plastics-network", "Plastic Waste Partnership Network");
        var id = await fixture.RecordAsync("basel", "Webinar on plastic waste", "2020-03-02", "2020-03-02", ["BC-14/21 6(b)"], ["plastics-network"]);
        using var reader = fixture.Reader();
        await Eventually.TrueAsync(async () => (await reader.ReportedActivitiesAsync(id)).Count == 1, because: "the read model to hold the activity");
        var title = AwkwardText.Titled("Webinar on plastic waste");
        var description = AwkwardText.Titled("Description");
        var output = AwkwardText.Titled("Output");
        var partner = AwkwardText.Titled("UNEP");
        var mandate = AwkwardText.Titled("To cooperate");
        await ReportingDatabase.RewriteActivityAsync(fixture.Stack, Guid.Parse(id), activity =>
        {
            activity.Title = title;
            activity.Description = description;
            activity.Outputs = [output];
        });
        // The partner's registration may reach the read model after the activity did.
        await Eventually.TrueAsync(
            () => ReportingDatabase.RenamePartnerAsync(fixture.Stack, "plastics-network", partner), because: "the read model to hold the partner");
        await ReportingDatabase.RewriteMandateTextAsync(fixture.Stack, "BC-14/21 6(b)", mandate);

        var location = await fixture.StartRunAsync();
        Assert.Equal("completed", (await fixture.RunAsync(location)).GetProperty("state").GetString());

        await AssertWholeWordAsync(location, title);
        await AssertWholeHtmlAsync(location, title);
        await AssertWholeMarkdownAsync(location);
        var json = await WholeJsonAsync(location);
        var line = json.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal(PlatformText.ForDocument(title), line.GetProperty("title").GetString());
        Assert.Equal(PlatformText.ForDocument(description), line.GetProperty("description").GetString());
        Assert.Equal([PlatformText.ForDocument(output)], line.GetProperty("outputs").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(PlatformText.ForDocument(partner), json.GetProperty("activitiesByPartner").EnumerateArray()
            .Single(g => g.GetProperty("partnerId").GetString() == "plastics-network").GetProperty("partnerName").GetString());
        Assert.Contains(PlatformText.ForDocument(mandate), json.GetProperty("mandates").EnumerateArray().Select(m => m.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Run_compiled_while_a_bad_activity_existed_downloads_whole_after_it_is_gone()
    {
        await fixture.ImportSampleDecisionsAsync();
        var id = await fixture.RecordAsync("basel", "E-waste coalition meeting", "2020-09-14", "2020-09-15", ["BC-14/21 7"]);
        using var reader = fixture.Reader();
        await Eventually.TrueAsync(async () => (await reader.ReportedActivitiesAsync(id)).Count == 1, because: "the read model to hold the activity");
        var title = AwkwardText.Titled("E-waste coalition meeting");
        await ReportingDatabase.RewriteActivityAsync(fixture.Stack, Guid.Parse(id), activity => activity.Title = title);
        var location = await fixture.StartRunAsync();
        Assert.Equal("completed", (await fixture.RunAsync(location)).GetProperty("state").GetString());
        await ReportingDatabase.ForgetActivityAsync(fixture.Stack, Guid.Parse(id));

        // The run keeps what it compiled: the controls escaped, the lone surrogates (which the
        // store could not keep) as U+FFFD. A run stored by another writer may hold a lone
        // surrogate escape, which is put back here.
        var runId = Guid.Parse(location[^36..]);
        var stored = await ReportingDatabase.ReportJsonAsync(fixture.Stack, runId);
        Assert.Contains(@"E-waste coalition meeting \u0000\u0001", stored, StringComparison.Ordinal);
        Assert.Contains(@"\u202E", stored, StringComparison.Ordinal);
        await ReportingDatabase.StoreReportJsonAsync(fixture.Stack, runId, stored!.Replace(@"\uFFFD \uFFFD", @"\uD800 \uDFFF", StringComparison.Ordinal));

        await AssertWholeWordAsync(location, title);
        await AssertWholeHtmlAsync(location, title);
        await AssertWholeMarkdownAsync(location);
        var line = (await WholeJsonAsync(location)).GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal(PlatformText.ForDocument(title), line.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("html")]
    [InlineData("md")]
    public async Task Document_that_cannot_be_rendered_answers_a_problem_naming_the_run_and_format_not_a_cut_short_200(string format)
    {
        // A stored report without its summary figures, which no document can lay out.
        var runId = Guid.CreateVersion7();
        await ReportingDatabase.StoreCompiledRunAsync(fixture.Stack, runId, $$"""
            {"runId":"{{runId}}","kind":"international-cooperation","symbol":"UNEP/CHW.15/INF/x","title":"Report",
             "from":"2019-05-11","to":"2021-07-31","decisions":[],"status":"completed","missingSources":[],"mandates":[],
             "activities":[],"activitiesByPartner":[],"mandateCoverage":[],"assistance":[],"summary":null,
             "compiledAt":"2021-08-02T09:30:00+00:00"}
            """);
        using var reader = fixture.Reader();

        using var response = await reader.GetAsync($"/api/reports/{runId}/document?format={format}");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.Equal("The report document could not be rendered.", problem.GetProperty("title").GetString());
        Assert.Equal($"The report of run {runId} could not be rendered as {format}.", problem.GetProperty("detail").GetString());
        Assert.Matches("^[0-9a-f]{32}$", problem.GetProperty("traceId").GetString());
    }

    private async Task<byte[]> DownloadAsync(string location, string format, string contentType)
    {
        using var reader = fixture.Reader();
        using var response = await reader.GetAsync($"{location}/document?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Rendered before it is sent, so its length is known and announced.
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal($"report-{location[^36..]}-en.{format}", response.Content.Headers.ContentDisposition?.FileName);
        return bytes;
    }

    private async Task AssertWholeWordAsync(string location, string title)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(location, "docx", WordType)), isEditable: false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var cells = word.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText);
        Assert.Contains(AsXmlReads(title), cells);
    }

    private async Task AssertWholeHtmlAsync(string location, string title)
    {
        var html = StrictUtf8.GetString(await DownloadAsync(location, "html", "text/html"));
        Assert.EndsWith("</html>", html, StringComparison.Ordinal);
        var page = XDocument.Parse(html, LoadOptions.PreserveWhitespace);
        Assert.Contains(AsXmlReads(title), page.Descendants(Xhtml + "td").Select(td => td.Value));
        Assert.DoesNotContain(html, c => AwkwardText.BidiControls.Contains(c, StringComparison.Ordinal));
    }

    private async Task AssertWholeMarkdownAsync(string location)
    {
        var markdown = StrictUtf8.GetString(await DownloadAsync(location, "md", "text/markdown"));
        Assert.DoesNotContain(markdown, c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain(markdown, c => AwkwardText.BidiControls.Contains(c, StringComparison.Ordinal));
        Assert.Contains($"{AwkwardText.RightToLeft}{AwkwardText.CombiningMarks}{AwkwardText.Astral}", markdown, StringComparison.Ordinal);
        Assert.EndsWith(" |\n\n", markdown, StringComparison.Ordinal);
    }

    private async Task<JsonElement> WholeJsonAsync(string location)
    {
        using var json = JsonDocument.Parse(await DownloadAsync(location, "json", "application/json"));
        return json.RootElement.Clone();
    }

    /// <summary>The text as a document shows it and an XML reader gives it back, line breaks read as line feeds.</summary>
    private static string AsXmlReads(string text) =>
        PlatformText.ForDocument(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
