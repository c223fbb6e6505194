using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.IntegrationTests.WebApp;

/// <summary>A report compiler's journey in the browser: start a run, watch it, read the report, download it, compare it.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ReportPagesTests(WebAppFixture fixture)
{
    [Fact]
    public async Task A_report_compiler_starts_a_run_sees_it_complete_without_reloading_and_downloads_a_Word_document_that_opens()
    {
        var title = await RecordActivityAsync("Regional workshop on the 2030 Agenda indicators");
        var page = await fixture.SignInAsync("Report Compiler", "report-compiler");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reports", Exact = true }).ClickAsync();
        await WebPages.CheckAsync(page, "reports");
        await page.GetByText("Start a report run").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Start a report run" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "report-new");
        await page.GetByLabel(new Regex("^From")).FillAsync("2019-01-01");
        await page.GetByLabel(new Regex("^To")).FillAsync("2021-12-31");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "BC-14/21" }).CheckAsync();
        // The Basel meeting follows from the imported decision; with no Rotterdam or Stockholm
        // decision imported here, the compiler names those meetings.
        await Expect(page.GetByLabel("Basel Conference of the Parties (number)")).ToHaveValueAsync("15");
        await page.GetByLabel("Rotterdam Conference of the Parties (number)").FillAsync("10");
        await page.GetByLabel("Stockholm Conference of the Parties (number)").FillAsync("10");
        await WebPages.Button(page, "Start the run").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report run", Exact = true })).ToBeVisibleAsync();
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await Expect(page.GetByTestId("run-state")).ToContainTextAsync("Completed", new() { Timeout = 60_000 });
        Assert.Equal(0, navigations); // followed live, not by reloading
        await Expect(page.Locator("tr[data-source=basel]")).ToContainTextAsync("Answered");
        await Expect(page.FrameLocator("iframe.report-frame").GetByText(title).First).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "report-run");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Download Word").ClickAsync());
        var path = Path.Combine(Directory.CreateTempSubdirectory("report-download-").FullName, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        Assert.EndsWith(".docx", download.SuggestedFilename);
        using (var word = WordprocessingDocument.Open(path, isEditable: false))
        {
            Assert.Contains(title, word.MainDocumentPart!.Document!.Body!.InnerText);
        }
    }

    [Fact]
    public async Task A_report_compiler_gives_the_meetings_venue_agenda_item_and_numbers_and_downloads_the_report_in_french_as_pdf()
    {
        await RecordActivityAsync("Webinar on the follow-up of SDG target 12.4");
        var page = await fixture.SignInAsync("Document Compiler", "report-compiler");

        await page.GotoAsync("/reports/new");
        await page.GetByLabel(new Regex("^From")).FillAsync("2019-01-01");
        await page.GetByLabel(new Regex("^To")).FillAsync("2021-12-31");
        await page.GetByLabel("Rotterdam Conference of the Parties (number)").FillAsync("10");
        await page.GetByLabel("Stockholm Conference of the Parties (number)").FillAsync("10");
        await page.GetByLabel("Venue of the Basel meeting").FillAsync("Geneva");
        await page.GetByLabel("First day of the Basel meeting").FillAsync("2021-07-26");
        await page.GetByLabel("Last day of the Basel meeting").FillAsync("2021-07-20");
        await page.GetByLabel("Agenda item", new() { Exact = true }).FillAsync("4 (b)");
        await page.GetByLabel("Basel INF number").FillAsync("36");
        await WebPages.Button(page, "Start the run").ClickAsync();

        // The service names the field; the page shows the message beside it and keeps what was typed.
        await Expect(page.GetByText("'meetings.basel.to' must not be before 'meetings.basel.from'.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Venue of the Basel meeting")).ToHaveValueAsync("Geneva");
        await WebPages.CheckAsync(page, "report-new-refused");
        await page.GetByLabel("Last day of the Basel meeting").FillAsync("2021-07-30");
        await WebPages.Button(page, "Start the run").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Report run", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("run-state")).ToContainTextAsync("Completed", new() { Timeout = 60_000 });
        await Expect(page.GetByTestId("document-symbols")).ToContainTextAsync("UNEP/CHW.15/INF/36, UNEP/FAO/RC/COP.10/INF/y, UNEP/POPS/COP.10/INF/z");
        await Expect(page.GetByTestId("document-symbols")).ToContainTextAsync("a draft until all three INF numbers are set");
        await page.GetByLabel("Rotterdam INF number").FillAsync("29");
        await page.GetByLabel("Stockholm INF number").FillAsync("38");
        await WebPages.Button(page, "Save the INF numbers").ClickAsync();
        await Expect(page.GetByTestId("document-symbols")).ToHaveTextAsync(new Regex(@"^\s*Symbols: UNEP/CHW\.15/INF/36, UNEP/FAO/RC/COP\.10/INF/29, UNEP/POPS/COP\.10/INF/38\s*$"));
        await Expect(page.FrameLocator("iframe.report-frame").GetByText("UNEP/FAO/RC/COP.10/INF/29").First).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "report-run-numbered");

        await page.GetByLabel("Language").SelectOptionAsync("fr");
        var download = await page.RunAndWaitForDownloadAsync(() => WebPages.Button(page, "Download PDF").ClickAsync(new() { Timeout = 120_000 }), new() { Timeout = 120_000 });
        Assert.EndsWith("-fr.pdf", download.SuggestedFilename);
        var path = Path.Combine(Directory.CreateTempSubdirectory("report-download-").FullName, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var pdf = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        var text = await Reports.PdfReader.TextAsync(pdf);
        Assert.Contains("Note du Secrétariat", text, StringComparison.Ordinal);
        Assert.Contains("UNEP/FAO/RC/COP.10/INF/29", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparing_a_run_with_an_earlier_one_lists_the_activity_recorded_in_between()
    {
        await RecordActivityAsync("Side event on marine plastic litter");
        var earlier = await CompiledRunAsync();
        var added = await RecordActivityAsync("Joint training on illegal traffic");
        var later = await CompiledRunAsync();
        var page = await fixture.SignInAsync("Report Reader", "reader");

        await page.GotoAsync($"/reports/{later}");
        await page.GetByLabel("Earlier run", new() { Exact = true }).SelectOptionAsync(earlier.ToString());
        await WebPages.Button(page, "Compare").ClickAsync();

        await Expect(page.GetByTestId("changes-added")).ToContainTextAsync(added);
        await WebPages.CheckAsync(page, "report-compare");
    }

    [Fact]
    public async Task A_reader_sees_the_runs_but_no_control_to_start_one_and_the_form_says_why()
    {
        var page = await fixture.SignInAsync("Runs Reader", "reader");

        await page.GotoAsync("/reports");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reports", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Start a report run")).ToHaveCountAsync(0);

        await page.GotoAsync("/reports/new");
        await Expect(page.GetByText("Your role does not allow you to start report runs")).ToBeVisibleAsync();
        await Expect(page.Locator("form[method=post] input[name=decision]")).ToHaveCountAsync(0);
    }

    /// <summary>An activity under BC-14/21 recorded through the API; its title, made unique.</summary>
    private async Task<string> RecordActivityAsync(string what)
    {
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        using var import = await basel.PostAsync("/api/basel/decisions", new StringContent(Samples.Bc1421, Encoding.UTF8, "text/plain"));
        Assert.True(import.IsSuccessStatusCode, $"importing BC-14/21: {(int)import.StatusCode}");
        var title = $"{what} {Guid.NewGuid().ToString("N")[..6]}";
        using var created = await basel.PostJsonAsync("/api/basel/activities", new
        {
            title, type = "meeting", status = "completed", start = "2020-03-02", end = "2020-03-04", mandates = new[] { "BC-14/21 6(b)" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return title;
    }

    /// <summary>A run over 2019–2021 started through the API and waited for until it is compiled.</summary>
    private async Task<Guid> CompiledRunAsync()
    {
        using var compiler = fixture.Stack.Client(fixture.Stack.Tokens.For("compiler", "report-compiler"));
        using var started = await compiler.PostJsonAsync("/api/reports", new
        {
            kind = "international-cooperation", from = "2019-01-01", to = "2021-12-31", decisions = new[] { "BC-14/21" },
            meetings = new { basel = 15, rotterdam = 10, stockholm = 10 },
        });
        var id = (await started.ReadJsonAsync()).GetProperty("id").GetGuid();
        await Eventually.TrueAsync(async () =>
        {
            using var run = await compiler.GetAsync($"/api/reports/{id}");
            return (await run.ReadJsonAsync()).GetProperty("state").GetString() is "completed" or "partial";
        }, $"run {id} compiled", TimeSpan.FromSeconds(60));
        return id;
    }
}
