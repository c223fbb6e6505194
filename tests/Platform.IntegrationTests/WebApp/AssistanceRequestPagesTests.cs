using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.IntegrationTests.Partners;
using static Microsoft.Playwright.Assertions;

namespace Platform.IntegrationTests.WebApp;

/// <summary>A convention team's journeys with Parties' requests for assistance, in the browser.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AssistanceRequestPagesTests(WebAppFixture fixture)
{
    [Fact]
    public async Task A_Basel_team_member_corrects_the_party_code_the_form_refused_finds_the_request_listed_and_closes_it_with_an_outcome()
    {
        var subject = $"Integrating the Basel Convention into national development plans {Unique()}";
        const string outcome = "A national workshop was held in Nairobi; the plan now covers hazardous waste.";
        var page = await fixture.SignInAsync("Basel Member", "basel-team");

        await page.GotoAsync("/basel/assistance-requests");
        await WebPages.CheckAsync(page, "assistance-requests");
        await page.GetByText("Open a request").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open a Basel assistance request" })).ToBeVisibleAsync();
        await page.GetByLabel("Party").FillAsync("Kenya");
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("Received on").FillAsync("2021-03-15");
        await WebPages.Button(page, "Open the request").ClickAsync();

        await Expect(page.GetByLabel("Party"))
            .ToHaveAccessibleDescriptionAsync(new Regex("'Kenya' is not an ISO 3166-1 alpha-2 country code"));
        await WebPages.CheckAsync(page, "assistance-request-open-refused");
        await page.GetByLabel("Party").FillAsync("KE");
        await WebPages.Button(page, "Open the request").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("request-status")).ToHaveTextAsync("Open");
        await WebPages.CheckAsync(page, "assistance-request");

        await page.GetByRole(AriaRole.Link, new() { Name = "All Basel assistance requests" }).ClickAsync();
        await page.GetByLabel("Party").FillAsync("KE");
        await WebPages.Button(page, "Filter").ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = subject });
        await Expect(row).ToContainTextAsync("Open");
        await WebPages.CheckAsync(page, "assistance-requests-filtered");
        await row.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();

        await page.GetByText("Close the request").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Close an assistance request" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "assistance-request-close");
        await page.GetByLabel("Outcome").FillAsync(outcome);
        await page.GetByLabel("Closed on").FillAsync("2021-09-30");
        await WebPages.Button(page, "Close the request").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("request-status")).ToHaveTextAsync("Closed");
        await Expect(page.GetByTestId("request-outcome")).ToHaveTextAsync(outcome);
        await Expect(page.GetByText("Close the request")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "assistance-request-closed");
    }

    [Fact]
    public async Task A_revision_made_on_a_request_a_colleague_changed_meanwhile_is_refused_with_the_current_version_to_reload()
    {
        var id = await OpenRequestAsync("BR", $"Technical assistance on e-waste inventories {Unique()}");
        var theirs = $"Technical assistance on e-waste and plastic waste inventories {Unique()}";
        var page = await fixture.SignInAsync("Basel Reviser", "basel-team");

        await page.GotoAsync($"/basel/assistance-requests/{id}");
        await page.GetByText("Revise", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Revise an assistance request" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "assistance-request-revise");
        await page.GetByLabel("Subject").FillAsync("My wording of the subject");

        using var basel = Basel();
        using (var colleague = await basel.SendJsonAsync(HttpMethod.Put, $"/api/basel/assistance-requests/{id}",
                   new { party = "BR", subject = theirs, receivedOn = "2021-02-01", status = "in-progress" }, ifMatch: "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, colleague.StatusCode);
        }

        await WebPages.Button(page, "Save the revision").ClickAsync();
        await Expect(page.GetByTestId("conflict")).ToContainTextAsync("This request has changed since you opened it (now version 2");
        await WebPages.CheckAsync(page, "assistance-request-conflict");

        await page.GetByRole(AriaRole.Link, new() { Name = "Reload the current version" }).ClickAsync();
        await Expect(page.GetByLabel("Subject")).ToHaveValueAsync(theirs);
        await Expect(page.GetByLabel("Status")).ToHaveValueAsync("in-progress");
        await Expect(page.GetByTestId("conflict")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reader_sees_the_requests_but_no_control_to_open_revise_or_close_one()
    {
        var subject = $"Assistance with national reporting {Unique()}";
        var id = await OpenRequestAsync("GH", subject);
        var page = await fixture.SignInAsync("Requests Reader", "reader");

        await page.GotoAsync("/basel/assistance-requests?party=GH");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = subject })).ToBeVisibleAsync();
        await Expect(page.GetByText("Open a request")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "assistance-requests-reader");

        await page.GotoAsync($"/basel/assistance-requests/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = subject, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("Revise", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Close the request")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "assistance-request-reader");

        await page.GotoAsync("/basel/assistance-requests/new");
        await Expect(page.GetByText("Your role does not allow you to open requests")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Party")).ToHaveCountAsync(0);
    }

    private HttpClient Basel() => fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));

    /// <summary>A request opened through the API (version 1); its id.</summary>
    private async Task<Guid> OpenRequestAsync(string party, string subject)
    {
        using var basel = Basel();
        using var created = await basel.PostJsonAsync("/api/basel/assistance-requests", new { party, subject, receivedOn = "2021-02-01" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];
}
