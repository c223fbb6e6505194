using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Platform.IntegrationTests.WebApp.ActivitySeeding;

namespace Platform.IntegrationTests.WebApp;

/// <summary>A convention team's activities in the browser: record, revise, withdraw; and what a reader is not offered.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ActivityPagesTests(WebAppFixture fixture)
{
    private readonly ActivitySeeding seed = new(fixture);

    [Fact]
    public async Task A_Basel_team_member_who_leaves_out_the_title_sees_the_error_beside_it_and_once_it_is_given_finds_the_activity_listed()
    {
        await seed.ImportAsync("basel", Samples.Bc1421);
        var title = Unique("Regional workshop on e-waste inventories");
        var day = UniqueDay();
        var page = await fixture.SignInAsync("Basel Recorder", "basel-team");

        await page.GotoAsync("/basel/activities");
        await WebPages.CheckAsync(page, "activities");
        await page.GetByText("Record an activity").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record a Basel activity" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "activity-new");
        await page.GetByLabel(new Regex("^Type")).SelectOptionAsync("capacity-building");
        await page.GetByLabel(new Regex("^Start")).FillAsync(Iso(day));
        await page.GetByLabel("BC-14/21 6(b)").CheckAsync();
        await page.GetByLabel("Outputs").FillAsync("Workshop report\nInventory guidance");
        await WebPages.Button(page, "Record the activity").ClickAsync();

        var titleField = page.GetByLabel(new Regex("^Title"));
        await Expect(titleField).ToHaveAccessibleDescriptionAsync("'title' is required.");
        await Expect(titleField).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel(new Regex("^Start"))).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel(new Regex("^Start"))).ToHaveValueAsync(Iso(day)); // nothing else the user typed is lost
        await Expect(page.GetByLabel("BC-14/21 6(b)")).ToBeCheckedAsync();
        await WebPages.CheckAsync(page, "activity-new-without-title");

        await titleField.FillAsync(title);
        await WebPages.Button(page, "Record the activity").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("done-notice")).ToHaveTextAsync("The activity was recorded.");
        await Expect(page.GetByText("Inventory guidance")).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "activity");

        await page.GetByText("All Basel activities").ClickAsync();
        await page.GetByLabel("From", new() { Exact = true }).FillAsync(Iso(day));
        await page.GetByLabel("To", new() { Exact = true }).FillAsync(Iso(day));
        await WebPages.Button(page, "Filter").ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row).ToContainTextAsync("Capacity building");
        await Expect(row).ToContainTextAsync("Basel (lead)");
        await WebPages.CheckAsync(page, "activities-filtered");
    }

    [Fact]
    public async Task A_reader_is_offered_no_control_to_change_activities_or_answer_proposals()
    {
        var (id, title) = await seed.RecordBaselActivityAsync("Information exchange with SAICM", UniqueDay());
        var proposal = await seed.ProposeAsync(id, "stockholm", "Shall we exchange information together?");
        var page = await fixture.SignInAsync("Activity Reader", "reader");

        await page.GotoAsync("/basel/activities");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Basel activities" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Record an activity")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "activities-reader");

        await page.GotoAsync($"/basel/activities/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Stockholm" })).ToContainTextAsync("Waiting for an answer");
        await Expect(page.GetByText("Revise", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Withdraw", new() { Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByText("Propose as a joint activity")).ToHaveCountAsync(0);
        await Expect(page.Locator("form[method=post] input[name=convention]")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "activity-reader");

        await page.GotoAsync("/stockholm/joint-proposals");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("proposal-answer")).ToContainTextAsync("Waiting for an answer");
        await Expect(WebPages.Button(page, "Accept")).ToHaveCountAsync(0);
        await Expect(WebPages.Button(page, "Decline")).ToHaveCountAsync(0);
        await Expect(page.Locator("form[method=post] input[name=mandate]")).ToHaveCountAsync(0);
        Assert.EndsWith($"/stockholm/joint-proposals/{proposal}", page.Url);
        await WebPages.CheckAsync(page, "joint-proposal-reader");

        await page.GotoAsync($"/basel/activities/{id}/edit");
        await Expect(page.GetByText("Your role does not allow you to record or revise Basel activities")).ToBeVisibleAsync();
        await Expect(page.Locator("form[method=post] input[name='Input.Title']")).ToHaveCountAsync(0);
        await WebPages.CheckAsync(page, "activity-edit-reader");
    }

    [Fact]
    public async Task Saving_a_form_opened_before_someone_else_revised_the_activity_explains_the_conflict_keeps_the_input_and_offers_the_current_version()
    {
        var day = UniqueDay();
        var (id, title) = await seed.RecordBaselActivityAsync("Technical meeting with UNSD", day);
        var page = await fixture.SignInAsync("Basel Reviser", "basel-team");
        await page.GotoAsync($"/basel/activities/{id}");
        await page.GetByText("Revise", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Revise “{title}”" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "activity-edit");

        using (var basel = seed.Team("basel"))
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/basel/activities/{id}")
            {
                Content = JsonContent.Create(new
                {
                    title, description = "Agenda agreed with the UN Statistics Division.", type = "meeting", status = "planned", start = Iso(day),
                }, options: JsonSerializerOptions.Web),
            };
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));
            using var revised = await basel.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        }

        await page.GetByLabel(new Regex("^Status")).SelectOptionAsync("ongoing");
        await page.GetByLabel("Outputs").FillAsync("Meeting summary");
        await WebPages.Button(page, "Save the revision").ClickAsync();

        await Expect(page.GetByText("This activity was changed since you opened it (now version 2).")).ToBeVisibleAsync();
        await Expect(page.GetByLabel(new Regex("^Status"))).ToHaveValueAsync("ongoing");
        await Expect(page.GetByLabel("Outputs")).ToHaveValueAsync("Meeting summary");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Description" })).ToContainTextAsync("Agenda agreed with the UN Statistics Division.");
        await WebPages.CheckAsync(page, "activity-edit-conflict");

        await page.GetByText("Load the current version").ClickAsync();
        await Expect(page.GetByLabel("Description")).ToHaveValueAsync("Agenda agreed with the UN Statistics Division.");
        await Expect(page.GetByLabel(new Regex("^Status"))).ToHaveValueAsync("planned");
        await WebPages.CheckAsync(page, "activity-edit-reloaded");
    }

    [Fact]
    public async Task Withdrawing_asks_for_confirmation_and_the_activity_then_leaves_the_list()
    {
        var day = UniqueDay();
        var (id, title) = await seed.RecordBaselActivityAsync("Webinar on the plastic waste amendments", day);
        var page = await fixture.SignInAsync("Basel Withdrawer", "basel-team");
        var listed = $"/basel/activities?from={Iso(day)}&to={Iso(day)}";

        await page.GotoAsync(listed);
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.GetByText("Withdraw", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Withdraw “{title}”?" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "activity-withdraw");
        using (var basel = seed.Team("basel"))
        {
            using var stillThere = await basel.GetAsync($"/api/basel/activities/{id}");
            Assert.False((await stillThere.ReadJsonAsync()).GetProperty("withdrawn").GetBoolean()); // asking is not withdrawing
        }

        await page.GetByLabel("Reason for withdrawing it").FillAsync("Postponed to the next biennium.");
        await WebPages.Button(page, "Withdraw the activity").ClickAsync();
        await Expect(page.GetByTestId("withdrawn-notice")).ToContainTextAsync("Postponed to the next biennium.");
        await WebPages.CheckAsync(page, "activity-withdrawn");

        await page.GotoAsync(listed);
        await Expect(page.GetByText("No activity matches these filters.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        await page.GetByLabel("Include withdrawn activities").CheckAsync();
        await WebPages.Button(page, "Filter").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = title })).ToContainTextAsync("(withdrawn)");
        await WebPages.CheckAsync(page, "activities-with-withdrawn");
    }

    [Fact]
    public async Task A_reader_who_posts_the_record_form_by_hand_records_nothing()
    {
        var day = UniqueDay();
        var title = Unique("Activity a reader tries to record");
        var page = await fixture.SignInAsync("Curious Reader", "reader");
        await page.GotoAsync("/basel/activities");
        await WebPages.CheckAsync(page, "activities-curious-reader");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value");
        Assert.False(string.IsNullOrEmpty(token));

        var form = page.APIRequest.CreateFormData();
        form.Set("_handler", "activity");
        form.Set("__RequestVerificationToken", token!);
        form.Set("Input.Title", title);
        form.Set("Input.Type", "meeting");
        form.Set("Input.Status", "planned");
        form.Set("Input.Start", Iso(day));
        var posted = await page.APIRequest.PostAsync("/basel/activities/new", new() { Form = form });

        // A reader's page renders no record form, so a post naming it is refused before any call to the API (the token itself is good).
        var refusal = await posted.TextAsync();
        Assert.True(posted.Status == (int)HttpStatusCode.BadRequest && refusal.Contains("no form", StringComparison.OrdinalIgnoreCase),
            $"{posted.Status}: {refusal}");
        using var basel = seed.Team("basel");
        using var list = await basel.GetAsync($"/api/basel/activities?from={Iso(day)}&to={Iso(day)}&includeWithdrawn=true");
        Assert.DoesNotContain((await list.ReadJsonAsync()).GetProperty("items").EnumerateArray(), item => item.GetProperty("title").GetString() == title);
    }
}
