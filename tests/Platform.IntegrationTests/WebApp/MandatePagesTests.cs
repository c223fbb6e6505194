using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.IntegrationTests.WebApp;

/// <summary>Reading the Secretariat's mandates by decision and status, with the activities recorded against them.</summary>
[Collection(WebAppCollection.Name)]
public sealed class MandatePagesTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Mandates_filtered_by_status_are_only_those_and_a_mandate_with_an_activity_lists_it()
    {
        var symbol = await DecisionPagesTests.ImportedDecisionAsync(fixture);
        var title = $"Indicator methodology meeting {Guid.NewGuid().ToString("N")[..6]}";
        var activity = await RecordActivityAsync(title, $"{symbol} 6(b)");
        var page = await fixture.SignInAsync("Mandates Reader", "reader");

        await page.GotoAsync("/basel/mandates");
        await page.GetByLabel("Decision", new() { Exact = true }).SelectOptionAsync(symbol);
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("addressed");
        await WebPages.Button(page, "Show mandates").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=addressed"));
        var rows = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row);
        await Expect(rows).ToHaveCountAsync(2); // the heading row and 6(b)
        var addressed = page.GetByRole(AriaRole.Row, new() { Name = $"{symbol} 6(b)" });
        await Expect(addressed).ToContainTextAsync("addressed");
        await Expect(addressed).ToContainTextAsync("1 activity");
        await Expect(addressed.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveAttributeAsync("href", $"/basel/activities/{activity}");
        await Expect(addressed).ToContainTextAsync("ongoing · 2 Mar 2020 – 4 Mar 2020");
        await WebPages.CheckAsync(page, "mandates-addressed");

        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("open");
        await WebPages.Button(page, "Show mandates").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("status=open"));
        await Expect(rows).ToHaveCountAsync(11); // the heading row and the ten mandates without an activity
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = $"{symbol} 6(a)" })).ToContainTextAsync("open");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = $"{symbol} 6(b)" })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("pager-position")).ToContainTextAsync("1–10 of 10");
        await WebPages.CheckAsync(page, "mandates-open");
    }

    /// <summary>An ongoing activity under <paramref name="mandate"/>, recorded through the API; its id.</summary>
    private async Task<Guid> RecordActivityAsync(string title, string mandate)
    {
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        using var created = await basel.PostJsonAsync("/api/basel/activities", new
        {
            title, type = "meeting", status = "ongoing", start = "2020-03-02", end = "2020-03-04", mandates = new[] { mandate },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
    }
}
