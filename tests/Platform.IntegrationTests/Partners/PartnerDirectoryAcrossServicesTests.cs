using Platform.IntegrationTests.Activities;

namespace Platform.IntegrationTests.Partners;

/// <summary>
/// The directory as the convention services use it: they learn it only from partner events,
/// and this service learns their activities only from activity events.
/// </summary>
public sealed class PartnerDirectoryAcrossServicesTests(FullPlatformFixture fixture) : IClassFixture<FullPlatformFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Partner_registered_here_is_accepted_in_a_basel_activity_and_refused_once_retired()
    {
        using var liaison = Stack.Client(Stack.Tokens.For("liaison-officer", "liaison-team"));
        using var basel = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));

        using var registered = await liaison.PostJsonAsync("/api/partners/organisations",
            new { id = "bcrc-senegal", name = "Basel Convention Regional Centre for French-speaking African countries", kind = "regional-centre" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        await ReplicaShowsAsync(PlatformServices.Basel, "bcrc-senegal", retired: false);

        using var accepted = await basel.PostJsonAsync("/api/basel/activities", Activity("Training on hazardous waste inventories", "bcrc-senegal"));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(["bcrc-senegal"], (await accepted.ReadJsonAsync()).GetProperty("partners").EnumerateArray().Select(p => p.GetString()));

        using var retired = await liaison.DeleteAsync("/api/partners/organisations/bcrc-senegal");
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        await ReplicaShowsAsync(PlatformServices.Basel, "bcrc-senegal", retired: true);

        using var refused = await basel.PostJsonAsync("/api/basel/activities", Activity("Follow-up training", "bcrc-senegal"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("partners", (await refused.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Activity_recorded_in_stockholm_with_who_shows_under_who_here()
    {
        using var stockholm = Stack.Client(Stack.Tokens.For("stockholm-member", "stockholm-team"));
        using var reader = Stack.Client(Stack.Tokens.For("reader", "reader"));
        await ReplicaShowsAsync(PlatformServices.Stockholm, "who", retired: false);

        using var created = await stockholm.PostJsonAsync("/api/stockholm/activities", Activity("Guidance on POPs in e-waste and health", "who"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetString();

        var whoActivities = await Eventually.ReturnsAsync(
            async () => (await reader.GetJsonAsync("/api/partners/organisations/who/activities?pageSize=200")).GetProperty("items").EnumerateArray().ToList(),
            items => items.Any(a => a.GetProperty("id").GetString() == id),
            because: "the Stockholm activity under who's activities");
        var activity = whoActivities.Single(a => a.GetProperty("id").GetString() == id);
        Assert.Equal("stockholm", activity.GetProperty("convention").GetString());
        Assert.Equal("Guidance on POPs in e-waste and health", activity.GetProperty("title").GetString());
    }

    private async Task ReplicaShowsAsync(string service, string partner, bool retired) =>
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = Stack.Service(service).Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ConventionDbContext>();
            return await db.Partners.AnyAsync(p => p.Id == partner && p.Retired == retired);
        }, because: $"'{partner}' (retired: {retired}) in {service}'s partner replica");

    private static object Activity(string title, string partner) => new
    {
        title,
        type = "capacity-building",
        status = "planned",
        start = "2021-03-01",
        partners = new[] { partner },
    };
}
