using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Platform.IntegrationTests.WebApp.ActivitySeeding;

namespace Platform.IntegrationTests.WebApp;

/// <summary>A joint activity in the browser: the invited convention's team answers a proposal, and the lead's activity shows it.</summary>
[Collection(WebAppCollection.Name)]
public sealed class JointProposalPagesTests(WebAppFixture fixture)
{
    private readonly ActivitySeeding seed = new(fixture);

    [Fact]
    public async Task Basel_proposes_Rotterdam_accepts_under_its_own_mandate_and_Basels_activity_then_counts_Rotterdam_among_its_conventions()
    {
        await seed.ImportAsync("basel", Samples.Bc1421);
        await seed.ImportAsync("rotterdam", Samples.AdoptedAs("RC-9/9"));
        var (activity, title) = await seed.RecordBaselActivityAsync("Joint webinar on SDG indicator 12.4.2", UniqueDay(), "BC-14/21 6(b)");
        var lead = await fixture.SignInAsync("Basel Proposer", "basel-team");

        await lead.GotoAsync($"/basel/activities/{activity}");
        await lead.GetByLabel("Rotterdam", new() { Exact = true }).CheckAsync();
        await lead.GetByLabel("Message to the other teams").FillAsync("Shall we run it together with UNSD?");
        await WebPages.Button(lead, "Propose").ClickAsync();
        await Expect(lead.GetByTestId("done-notice")).ToContainTextAsync("The proposal was sent.");
        await Expect(lead.GetByRole(AriaRole.Row).Filter(new() { HasText = "Rotterdam" })).ToContainTextAsync("Waiting for an answer");
        await WebPages.CheckAsync(lead, "activity-proposed");

        var proposal = await seed.ArrivedAsync(activity, "rotterdam");
        var page = await fixture.SignInAsync("Rotterdam Member", "rotterdam-team");

        await page.GotoAsync("/rotterdam/joint-proposals?status=proposed");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });
        await Expect(row).ToContainTextAsync("Basel");
        await Expect(row).ToContainTextAsync("Shall we run it together with UNSD?");
        await Expect(row).ToContainTextAsync("Waiting for an answer");
        await WebPages.CheckAsync(page, "joint-proposals");

        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        Assert.EndsWith($"/rotterdam/joint-proposals/{proposal}", page.Url);
        await WebPages.CheckAsync(page, "joint-proposal");
        await page.GetByLabel("RC-9/9 6(b)").CheckAsync();
        await WebPages.Button(page, "Accept").ClickAsync();

        await Expect(page.GetByTestId("proposal-answer")).ToContainTextAsync("Accepted under RC-9/9 6(b)");
        await Expect(WebPages.Button(page, "Decline")).ToHaveCountAsync(0); // answered once
        await WebPages.CheckAsync(page, "joint-proposal-accepted");

        // The answer travels to Basel as a message: the lead's page shows it once it has arrived.
        using (var basel = seed.Team("basel"))
        {
            await Eventually.TrueAsync(async () =>
            {
                using var response = await basel.GetAsync($"/api/basel/activities/{activity}");
                return (await response.ReadJsonAsync()).GetProperty("conventions").EnumerateArray().Any(c => c.GetString() == "rotterdam");
            }, "Rotterdam's acceptance to reach Basel");
        }

        await lead.ReloadAsync();
        await Expect(lead.GetByTestId("activity-conventions")).ToHaveTextAsync("Basel (lead), Rotterdam");
        await Expect(lead.GetByRole(AriaRole.Row).Filter(new() { HasText = "Rotterdam" })).ToContainTextAsync("RC-9/9 6(b)");
        await WebPages.CheckAsync(lead, "joint-activity");

        await page.GetByText("The activity as Basel records it").ClickAsync(); // any team may read the lead's record
        await Expect(page.GetByTestId("activity-conventions")).ToHaveTextAsync("Basel (lead), Rotterdam");
    }
}
