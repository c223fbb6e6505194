using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.IntegrationTests.WebApp;

/// <summary>
/// A report's review in the browser: the compiler edits a section beside its generated text, a
/// convention's team returns the report with a comment or clears it, the compiler issues it;
/// each role sees the controls of its own moves only.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class ReportReviewPagesTests(WebAppFixture fixture)
{
    private const string Introduction = "introduction";

    [Fact]
    public async Task A_compiler_edits_a_section_beside_its_generated_text_and_a_save_on_an_old_version_is_explained_and_may_replace_it()
    {
        var run = await CompiledRunAsync();
        var page = await fixture.SignInAsync("Report Compiler", "report-compiler");

        await page.GotoAsync($"/reports/{run}");
        await Expect(page.GetByTestId("review-state")).ToContainTextAsync("Draft");
        await WebPages.CheckAsync(page, "report-review-draft");
        await page.GetByText("Edit the sections").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The report's sections" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "report-sections");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit “Introduction”" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit “Introduction”" })).ToBeVisibleAsync();
        var generated = await page.GetByTestId("generated-text").InnerTextAsync();
        Assert.False(string.IsNullOrWhiteSpace(generated));
        await Expect(page.GetByLabel("Text of the section")).ToHaveValueAsync(new Regex(Regex.Escape(generated.Trim()[..40])));
        await WebPages.CheckAsync(page, "report-section-edit");
        const string written = "The Secretariat reports on its cooperation with partners over the period, as the Conferences asked.";
        await page.GetByLabel("Text of the section").FillAsync(written);
        await WebPages.Button(page, "Save the section").ClickAsync();

        await Expect(page.GetByTestId("done-notice")).ToContainTextAsync("is saved (version 2)");
        var section = page.Locator($"section[data-section={Introduction}]");
        await Expect(section.GetByTestId("edited-text")).ToHaveTextAsync(written);
        await Expect(section).ToContainTextAsync("Edited by");
        await WebPages.CheckAsync(page, "report-section-saved");

        // Someone saves the section while the editor is open on version 2.
        await page.GotoAsync($"/reports/{run}/sections/{Introduction}/edit");
        using (var compiler = fixture.Stack.Client(fixture.Stack.Tokens.For("other-compiler", "report-compiler")))
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/reports/{run}/sections/{Introduction}")
            {
                Content = JsonContent.Create(new { text = "A colleague's introduction." }, options: JsonSerializerOptions.Web),
            };
            request.Headers.TryAddWithoutValidation("If-Match", "\"2\"");
            using var saved = await compiler.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        await page.GetByLabel("Text of the section").FillAsync("My own second thoughts.");
        await WebPages.Button(page, "Save the section").ClickAsync();

        await Expect(page.GetByTestId("conflict")).ToContainTextAsync("now version 3; you opened version 2");
        await Expect(page.GetByLabel("Text of the section")).ToHaveValueAsync("My own second thoughts.");
        await Expect(page.GetByText("A colleague's introduction.")).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "report-section-conflict");

        await WebPages.Button(page, "Save my text over version 3").ClickAsync();
        await Expect(page.GetByTestId("done-notice")).ToContainTextAsync("is saved (version 4)");
        await Expect(page.Locator($"section[data-section={Introduction}]").GetByTestId("edited-text")).ToHaveTextAsync("My own second thoughts.");
    }

    [Fact]
    public async Task A_convention_team_returns_the_report_with_a_comment_and_after_resubmission_another_clears_it()
    {
        var run = await CompiledRunAsync();
        await MoveAsync(run, "submit");

        var rotterdam = await fixture.SignInAsync("Rotterdam Reviewer", "rotterdam-team");
        await rotterdam.GotoAsync($"/reports/{run}");
        await Expect(rotterdam.GetByTestId("review-state")).ToContainTextAsync("In review");
        await Expect(rotterdam.GetByText("Review for Basel")).ToHaveCountAsync(0);
        await Expect(rotterdam.GetByText("Submit for review")).ToHaveCountAsync(0);
        await rotterdam.GetByText("Review for Rotterdam").ClickAsync();
        await Expect(rotterdam.GetByRole(AriaRole.Heading, new() { Name = "Review the report for Rotterdam" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(rotterdam, "report-review-form");
        const string comment = "Name the meeting that asked for this report.";
        await rotterdam.GetByLabel("Comment on “Introduction”").FillAsync(comment);
        await WebPages.Button(rotterdam, "Return with comments").ClickAsync();

        await Expect(rotterdam.GetByTestId("done-notice")).ToContainTextAsync("You returned the report");
        await Expect(rotterdam.GetByTestId("review-state")).ToContainTextAsync("Draft");
        var returned = rotterdam.GetByTestId("review-history").GetByRole(AriaRole.Row).Filter(new() { HasText = "Returned for Rotterdam" });
        await Expect(returned).ToContainTextAsync(comment);
        await Expect(returned).ToContainTextAsync("rotterdam-team");
        await WebPages.CheckAsync(rotterdam, "report-review-returned");

        await MoveAsync(run, "submit");
        var basel = await fixture.SignInAsync("Basel Reviewer", "basel-team");
        await basel.GotoAsync($"/reports/{run}/review/stockholm");
        await Expect(basel.GetByText("Your role does not allow you to review for Stockholm")).ToBeVisibleAsync();
        await basel.GotoAsync($"/reports/{run}");
        await basel.GetByText("Review for Basel").ClickAsync();
        await WebPages.Button(basel, "Clear for Basel").ClickAsync();

        await Expect(basel.GetByTestId("done-notice")).ToContainTextAsync("You cleared the report");
        await Expect(basel.GetByRole(AriaRole.Row).Filter(new() { HasText = "Basel" }).Filter(new() { HasText = "Cleared" }).First).ToBeVisibleAsync();
        await Expect(basel.GetByText("Review for Basel")).ToHaveCountAsync(0);
        await Expect(basel.GetByTestId("review-state")).ToContainTextAsync("Round 2");
        await WebPages.CheckAsync(basel, "report-review-cleared-by-basel");
    }

    [Fact]
    public async Task A_compiler_issues_a_cleared_report_after_confirming_and_no_one_is_offered_a_move_afterwards()
    {
        var run = await CompiledRunAsync();
        await MoveAsync(run, "submit");
        foreach (var convention in new[] { "basel", "rotterdam", "stockholm" })
        {
            using var team = fixture.Stack.Client(fixture.Stack.Tokens.For($"{convention}-member", $"{convention}-team"));
            using var cleared = await team.PostJsonAsync($"/api/reports/{run}/reviews", new { convention, decision = "cleared" });
            Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        }

        var reader = await fixture.SignInAsync("Report Reader", "reader");
        await reader.GotoAsync($"/reports/{run}");
        await Expect(reader.GetByTestId("review-state")).ToContainTextAsync("Cleared by the three conventions");
        await Expect(reader.GetByText("Issue the report")).ToHaveCountAsync(0);

        var page = await fixture.SignInAsync("Report Compiler", "report-compiler");
        await page.GotoAsync($"/reports/{run}");
        await page.GetByText("Issue the report").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Issue the report" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "report-issue-confirm");
        using (var stillCleared = await Compiler().GetAsync($"/api/reports/{run}"))
        {
            Assert.Equal("cleared", (await stillCleared.ReadJsonAsync()).GetProperty("review").GetString()); // asking is not issuing
        }

        // Issuing renders every document, PDFs included: it may take a minute or two.
        await WebPages.Button(page, "Issue the report").ClickAsync(new() { Timeout = 300_000 });

        await Expect(page.GetByTestId("done-notice")).ToContainTextAsync("You issued the report", new() { Timeout = 300_000 });
        await Expect(page.GetByTestId("review-state")).ToContainTextAsync("Issued");
        await Expect(page.GetByText("Edit the sections")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Submit for review")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Basel INF number")).ToHaveCountAsync(0); // the numbers are frozen with the documents
        await Expect(page.GetByTestId("review-history").GetByRole(AriaRole.Row).Filter(new() { HasText = "Issued" })).ToContainTextAsync("report-compiler");
        await WebPages.CheckAsync(page, "report-issued");

        await page.GotoAsync($"/reports/{run}/sections/{Introduction}/edit");
        await Expect(page.GetByText("its text changes only while it is a draft")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Text of the section")).ToHaveCountAsync(0);
    }

    private HttpClient Compiler() => fixture.Stack.Client(fixture.Stack.Tokens.For("compiler", "report-compiler"));

    private async Task MoveAsync(Guid run, string move)
    {
        using var compiler = Compiler();
        using var response = await compiler.PostAsync($"/api/reports/{run}/{move}", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{move}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A run over the sample decision with one activity, started through the API and waited for until it is compiled.</summary>
    private async Task<Guid> CompiledRunAsync()
    {
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        using (var import = await basel.PostAsync("/api/basel/decisions", new StringContent(Samples.Bc1421, Encoding.UTF8, "text/plain")))
        {
            Assert.True(import.IsSuccessStatusCode, $"importing BC-14/21: {(int)import.StatusCode}");
        }

        using (var created = await basel.PostJsonAsync("/api/basel/activities", new
        {
            title = $"Workshop on e-waste inventories {Guid.NewGuid().ToString("N")[..6]}", type = "meeting", status = "completed",
            start = "2020-03-02", end = "2020-03-04", mandates = new[] { "BC-14/21 6(b)" },
        }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var compiler = Compiler();
        using var started = await compiler.PostJsonAsync("/api/reports", new
        {
            kind = "international-cooperation", from = "2019-01-01", to = "2021-12-31", decisions = new[] { "BC-14/21" },
            meetings = new { basel = 15, rotterdam = 10, stockholm = 10 },
        });
        var id = (await started.ReadJsonAsync()).GetProperty("id").GetGuid();
        await Eventually.TrueAsync(async () =>
        {
            using var compiled = await compiler.GetAsync($"/api/reports/{id}");
            return (await compiled.ReadJsonAsync()).GetProperty("state").GetString() is "completed" or "partial";
        }, $"run {id} compiled", TimeSpan.FromSeconds(60));
        return id;
    }
}
