using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.IntegrationTests.WebApp;

/// <summary>A convention team imports its decisions and everyone reads them, in the browser.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DecisionPagesTests(WebAppFixture fixture)
{
    // Meeting 14, numbers from 100 up: no other journey's symbol, and no later meeting that would change a report form's defaults.
    private static int _lastNumber = Random.Shared.Next(100, 600);

    [Fact]
    public async Task A_Basel_team_member_pastes_a_decision_and_sees_its_paragraphs_with_each_Secretariat_mandate_marked_and_open()
    {
        var symbol = NewSymbol();
        var page = await fixture.SignInAsync("Basel Importer", "basel-team");

        await page.GotoAsync("/basel/decisions");
        await WebPages.CheckAsync(page, "decisions-basel-team");
        await page.GetByLabel("Decision text", new() { Exact = true }).FillAsync(Samples.AdoptedAs(symbol));
        await WebPages.Button(page, "Import the decision").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{symbol}: International cooperation and coordination", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Operative paragraphs" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Calls upon all Parties and other stakeholders to intensify")).ToBeVisibleAsync();
        await Expect(page.GetByText("(e)", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Footnote 3" })).ToBeVisibleAsync();
        await Expect(page.GetByText("UNEP/CHW.14/INF/36–UNEP/FAO/RC/COP.9/INF/29–UNEP/POPS/COP.9/INF/38.")).ToBeVisibleAsync();

        var notes = page.GetByTestId("mandate-note");
        await Expect(notes).ToHaveCountAsync(11);
        await Expect(page.Locator("mark")).ToHaveCountAsync(11);
        var cooperation = notes.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = $"{symbol} 6(b)", Exact = true }) });
        await Expect(cooperation).ToContainTextAsync("Secretariat mandate");
        await Expect(cooperation).ToContainTextAsync("open");
        await Expect(cooperation).ToContainTextAsync("cooperate");
        var reportBack = notes.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = $"{symbol} 11", Exact = true }) });
        await Expect(reportBack).ToContainTextAsync("Report back to Conference of the Parties, at its next meeting");
        await Expect(page.Locator("mark", new() { HasText = "To continue to cooperate with the United Nations Environment Programme, the Statistics Division" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "decision");

        await page.GetByRole(AriaRole.Link, new() { Name = $"{symbol} 6(b)", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Basel mandates" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = $"{symbol} 6(b)" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Decision", new() { Exact = true })).ToHaveValueAsync(symbol);
        await WebPages.CheckAsync(page, "mandates-of-a-decision");
    }

    [Fact]
    public async Task A_text_with_a_repeated_paragraph_number_is_refused_with_the_line_next_to_the_text_and_nothing_is_imported()
    {
        var symbol = NewSymbol();
        var text = Samples.AdoptedAs(symbol).Replace("\n7. *Notes*", "\n6. *Notes*", StringComparison.Ordinal);
        var repeatedLine = Array.FindIndex(text.Split('\n'), line => line.StartsWith("6. *Notes*", StringComparison.Ordinal)) + 1;
        var page = await fixture.SignInAsync("Basel Importer", "basel-team");

        await page.GotoAsync("/basel/decisions");
        var field = page.GetByLabel("Decision text", new() { Exact = true });
        await field.FillAsync(text);
        await WebPages.Button(page, "Import the decision").ClickAsync();

        await Expect(page.GetByTestId("field-error")).ToContainTextAsync($"Stopped at line {repeatedLine}.");
        await Expect(page.GetByTestId("field-error")).ToContainTextAsync($"paragraph 6 on line {repeatedLine} repeats paragraph 6");
        await Expect(field).ToHaveAccessibleDescriptionAsync(new Regex($"Stopped at line {repeatedLine}\\."));
        await Expect(field).ToHaveValueAsync(new Regex(Regex.Escape(symbol)));
        await Expect(page.GetByTestId("page-problem")).ToContainTextAsync("The decision text could not be read.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = symbol, Exact = true })).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "decision-import-refused");

        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        using var stored = await basel.GetAsync($"/api/basel/decisions/{symbol}");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_text_is_refused_next_to_the_file_field_and_a_text_file_is_imported()
    {
        var symbol = NewSymbol();
        var page = await fixture.SignInAsync("Basel Uploader", "basel-team");

        await page.GotoAsync("/basel/decisions");
        var file = page.GetByLabel("Or upload a text file");
        await file.SetInputFilesAsync(new FilePayload { Name = "decision.txt", MimeType = "text/plain", Buffer = [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE] });
        await WebPages.Button(page, "Import the decision").ClickAsync();

        await Expect(page.GetByLabel("Or upload a text file")).ToHaveAccessibleDescriptionAsync(new Regex("decision.txt is not UTF-8 text"));
        await WebPages.CheckAsync(page, "decision-upload-refused");

        await page.GetByLabel("Or upload a text file").SetInputFilesAsync(new FilePayload
        {
            Name = "decision.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Samples.AdoptedAs(symbol)),
        });
        await WebPages.Button(page, "Import the decision").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{symbol}: International cooperation and coordination", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_reader_sees_the_decisions_and_their_mandates_but_no_control_to_import_one()
    {
        var symbol = await ImportedDecisionAsync(fixture);
        var page = await fixture.SignInAsync("Decisions Reader", "reader");

        await page.GotoAsync("/basel/decisions");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Basel decisions", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = symbol, Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Import a decision")).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Decision text")).ToHaveCountAsync(0);
        await Expect(WebPages.Button(page, "Import the decision")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "decisions-reader");

        await page.GetByRole(AriaRole.Link, new() { Name = symbol, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{symbol}: International cooperation and coordination" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("mandate-note")).ToHaveCountAsync(11);
        await WebPages.CheckAsync(page, "decision-reader");

        await page.GetByRole(AriaRole.Link, new() { Name = "11 Secretariat mandates" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = $"{symbol} 6(c)" })).ToContainTextAsync("subject to the availability of resources");
        await WebPages.CheckAsync(page, "mandates-reader");
    }

    [Fact]
    public async Task An_unknown_convention_or_symbol_says_there_is_nothing_there()
    {
        var page = await fixture.SignInAsync("Lost Reader", "reader");

        var response = await page.GotoAsync("/minamata/decisions");
        Assert.Equal(404, response?.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "decisions-unknown-convention");

        await page.GotoAsync("/basel/decisions/BC-14/999");
        await Expect(page.GetByTestId("page-problem")).ToContainTextAsync("There is no Basel decision BC-14/999");
        await WebPages.CheckAsync(page, "decision-not-found");
    }

    /// <summary>A symbol no other journey uses: <c>BC-14/{n}</c>.</summary>
    public static string NewSymbol() => $"BC-14/{Interlocked.Increment(ref _lastNumber)}";

    /// <summary>The sample decision imported through the API under a symbol of its own.</summary>
    public static async Task<string> ImportedDecisionAsync(WebAppFixture fixture)
    {
        var symbol = NewSymbol();
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        using var import = await basel.PostAsync("/api/basel/decisions", new StringContent(Samples.AdoptedAs(symbol), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, import.StatusCode);
        return symbol;
    }
}
