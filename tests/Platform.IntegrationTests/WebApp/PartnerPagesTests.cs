using Microsoft.Playwright;
using Platform.IntegrationTests.Partners;
using static Microsoft.Playwright.Assertions;

namespace Platform.IntegrationTests.WebApp;

/// <summary>The liaison team's and a reader's journeys through the partner directory, in the browser.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PartnerPagesTests(WebAppFixture fixture)
{
    [Fact]
    public async Task The_liaison_team_finds_an_organisation_under_its_umbrella_renames_it_and_is_told_when_a_colleague_changed_it_first()
    {
        var unique = Unique();
        var umbrella = await RegisterAsync($"caribbean-network-{unique}", $"Caribbean hazardous waste network {unique}", "other");
        var name = $"Basel Convention Regional Centre for the Caribbean {unique}";
        var centre = await RegisterAsync($"bcrc-caribbean-{unique}", name, "regional-centre", parentId: umbrella);
        var renamed = $"BCRC Caribbean, Trinidad and Tobago {unique}";
        var page = await fixture.SignInAsync("Liaison Officer", "liaison-team");

        await page.GetByRole(AriaRole.Link, new() { Name = "Partners", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partner directory" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "partners");
        await page.GetByLabel("Name, acronym or id").FillAsync($"regional centre caribbean {unique}");
        await WebPages.Button(page, "Search").ClickAsync();
        await Expect(page.GetByTestId("pager-position")).ToContainTextAsync("1–1 of 1");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await page.GetByLabel("Name, acronym or id").FillAsync("");
        await page.GetByLabel("Kind").SelectOptionAsync("regional-centre");
        await page.GetByLabel("Umbrella").FillAsync(umbrella);
        await WebPages.Button(page, "Search").ClickAsync();
        await Expect(page.GetByTestId("pager-position")).ToContainTextAsync("1–1 of 1");
        await WebPages.CheckAsync(page, "partners-search");

        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("section-details")).ToContainTextAsync($"Caribbean hazardous waste network {unique}");
        await WebPages.CheckAsync(page, "organisation");
        await page.GetByText("Edit the organisation").ClickAsync();
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync(name);
        await WebPages.CheckAsync(page, "organisation-edit");
        await page.GetByLabel("Name").FillAsync(renamed);
        await WebPages.Button(page, "Save the changes").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = renamed, Level = 1 })).ToBeVisibleAsync();
        // The save's navigation has streamed the heading; the click waits until it has finished.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await page.GetByText("Edit the organisation").ClickAsync();
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync(renamed);
        await page.GetByLabel("Acronym").FillAsync("BCRC-Caribbean");
        var colleagues = $"Basel and Stockholm Regional Centre for the Caribbean {unique}";
        using (var liaison = Liaison())
        using (var edited = await liaison.SendJsonAsync(HttpMethod.Put, $"/api/partners/organisations/{centre}",
                   new { name = colleagues, kind = "regional-centre", parentId = umbrella }, ifMatch: "\"2\""))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        await WebPages.Button(page, "Save the changes").ClickAsync();
        await Expect(page.GetByTestId("conflict")).ToContainTextAsync("This organisation has changed since you opened it (now version 3");
        await WebPages.CheckAsync(page, "organisation-edit-conflict");
        await page.GetByRole(AriaRole.Link, new() { Name = "Reload the current version" }).ClickAsync();
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync(colleagues);
    }

    [Fact]
    public async Task An_organisation_registered_on_its_page_lists_the_activity_that_names_it_and_the_engagement_recorded_there_until_it_is_withdrawn()
    {
        var unique = Unique();
        var partner = $"unitar-{unique}";
        var name = $"United Nations Institute for Training and Research {unique}";
        var engagement = $"UNITAR board meeting {unique}";
        var page = await fixture.SignInAsync("Liaison Recorder", "liaison-team");

        await page.GotoAsync("/partners");
        await page.GetByText("Register an organisation").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register an organisation" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "organisation-register");
        await page.GetByLabel("Id").FillAsync(partner);
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Acronym").FillAsync("UNITAR");
        await page.GetByLabel("Kind").SelectOptionAsync("un-entity");
        await WebPages.Button(page, "Register the organisation").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();

        var activity = await RecordBaselActivityAsync($"Training on the environmentally sound management of e-waste {unique}", partner);
        await page.GetByText("Record an engagement").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record an engagement with", Level = 1 })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "engagement-new");
        await page.GetByLabel("Kind").SelectOptionAsync("meeting");
        await page.GetByLabel("Title").FillAsync(engagement);
        await page.GetByLabel("Participation (meetings only)").SelectOptionAsync("observer");
        await page.GetByLabel("Start").FillAsync("2021-06-01");
        await page.GetByLabel("End").FillAsync("2021-06-02");
        await page.GetByLabel("Basel").CheckAsync();
        await WebPages.Button(page, "Record the engagement").ClickAsync();

        var engagements = page.GetByTestId("section-engagements");
        await Expect(engagements.GetByRole(AriaRole.Row).Filter(new() { HasText = engagement })).ToContainTextAsync("Meeting, as observer");
        // The activity reaches partner-liaison by message: a user would reload until it shows.
        var activities = page.GetByTestId("section-activities");
        await ReloadUntilAsync(page, activities.GetByRole(AriaRole.Link, new() { Name = activity }));
        await Expect(activities.GetByRole(AriaRole.Row).Filter(new() { HasText = activity })).ToContainTextAsync("Basel");
        await WebPages.CheckAsync(page, "organisation-engagement-and-activity");

        await engagements.GetByRole(AriaRole.Link, new() { Name = $"Withdraw “{engagement}”" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Withdraw an engagement" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "engagement-withdraw");
        await WebPages.Button(page, "Withdraw the engagement").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("section-engagements")).ToContainTextAsync("No engagement with this organisation is recorded.");
    }

    [Fact]
    public async Task A_reader_sees_the_directory_and_an_organisation_but_no_control_to_change_them()
    {
        var unique = Unique();
        var partner = await RegisterAsync($"ilo-liaison-{unique}", $"International Labour Organization liaison office {unique}", "un-entity");
        var engagement = $"Exchange of letters on e-waste and decent work {unique}";
        using (var liaison = Liaison())
        using (var recorded = await liaison.PostJsonAsync("/api/partners/engagements",
                   new { kind = "communication", title = engagement, start = "2021-04-12", partners = new[] { partner } }))
        {
            Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        }

        var page = await fixture.SignInAsync("Directory Reader", "reader");

        await page.GotoAsync("/partners");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partner directory" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Register an organisation")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "partners-reader");

        await page.GotoAsync($"/partners/{partner}");
        await Expect(page.GetByTestId("section-engagements")).ToContainTextAsync(engagement);
        await Expect(page.GetByText("Edit the organisation")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Record an engagement")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Withdraw")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "organisation-reader");

        await page.GotoAsync($"/partners/{partner}/edit");
        await Expect(page.GetByText("Your role does not allow you to edit the partner directory")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Name")).ToHaveCountAsync(0);
    }

    private HttpClient Liaison() => fixture.Stack.Client(fixture.Stack.Tokens.For("liaison-officer", "liaison-team"));

    /// <summary>An organisation registered through the API (version 1); its id.</summary>
    private async Task<string> RegisterAsync(string id, string name, string kind, string? parentId = null)
    {
        using var liaison = Liaison();
        using var registered = await liaison.PostJsonAsync("/api/partners/organisations", new { id, name, kind, parentId });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return id;
    }

    /// <summary>
    /// A Basel activity naming <paramref name="partner"/>, recorded once Basel's replica of the
    /// directory holds the partner (it learns of it by message); its title.
    /// </summary>
    private async Task<string> RecordBaselActivityAsync(string title, string partner)
    {
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        await Eventually.TrueAsync(async () =>
            (await basel.GetJsonAsync("/api/basel/partners?pageSize=200")).GetProperty("items").Ids().Contains(partner),
            because: $"'{partner}' in Basel's replica of the partner directory");
        using var created = await basel.PostJsonAsync("/api/basel/activities", new
        {
            title, type = "capacity-building", status = "completed", start = "2021-05-10", end = "2021-05-12", partners = new[] { partner },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return title;
    }

    /// <summary>Reloads the page, as a user waiting for news would, until <paramref name="locator"/> shows.</summary>
    private static Task ReloadUntilAsync(IPage page, ILocator locator) =>
        Eventually.TrueAsync(async () =>
        {
            if (await locator.IsVisibleAsync())
            {
                return true;
            }

            await page.ReloadAsync();
            return await locator.IsVisibleAsync();
        }, because: "the activity on the organisation's page", TimeSpan.FromSeconds(30));

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];
}
