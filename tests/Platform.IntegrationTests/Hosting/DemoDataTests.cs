using Platform.DemoData;

namespace Platform.IntegrationTests.Hosting;

/// <summary>
/// The demo data set loaded into a fresh platform through its gateway, with tokens from the
/// gateway's own development token endpoint, as <c>deploy/run.sh --demo</c> loads it.
/// </summary>
public sealed class DemoDataTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public async Task Loading_the_demo_data_again_changes_nothing()
    {
        var first = await fixture.FirstLoadAsync();
        Assert.Equal(DemoSet.Activities.Count, first["activities"].Created + first["activities"].Existing);
        var before = await fixture.CountAsync();

        var second = await new DemoDataLoader().LoadAsync(fixture.Stack.Gateway.Address, TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"First load: {first}\nSecond load: {second}");
        Assert.True(second.ChangedNothing, second.ToString());
        Assert.Equal(DemoSet.Activities.Count, second["activities"].Existing);
        Assert.Contains("nothing was changed", second.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await fixture.CountAsync());

        int Sum(string record) => DemoDataFixture.Conventions.Sum(convention => before[$"{convention}/{record}"]);
        Assert.Equal(3, Sum("decisions"));
        Assert.True(Sum("activities") >= 35, $"{Sum("activities")} activities");
        Assert.True(Sum("joint activities") >= 3, $"{Sum("joint activities")} joint activities");
        Assert.True(Sum("received proposals waiting") >= 1, $"{Sum("received proposals waiting")} received proposals waiting");
        Assert.True(Sum("received proposals accepted") >= 1, $"{Sum("received proposals accepted")} received proposals accepted");
        Assert.All(DemoDataFixture.Conventions, convention => Assert.True(before[$"{convention}/assistance requests"] >= 3, convention));
        Assert.True(before["partners/organisations"] > DemoSet.Organisations.Count, $"{before["partners/organisations"]} organisations");
        Assert.Equal(DemoSet.Memberships.Count, before["partners/memberships"]);
        Assert.Equal(DemoSet.Coalitions.Count, before["partners/coalitions"]);
        Assert.Equal(DemoSet.Engagements.Count, before["partners/engagements"]);
        Assert.Equal(DemoSet.Transmissions.Count, before["partners/transmissions"]);
    }

    [Fact]
    public async Task A_report_over_the_demo_data_completes_with_every_source_answered()
    {
        await fixture.FirstLoadAsync();
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("reader", "reader"));
        var webinar = await fixture.ActivityAsync("basel", "Joint webinar with UNEP on the 2030 Agenda indicators for chemicals and waste");
        await Eventually.TrueAsync(
            async () => (await (await basel.GetAsync($"/api/basel/activities/{webinar}")).ReadJsonAsync()).GetProperty("conventions").GetArrayLength() == 3,
            because: "Rotterdam's and Stockholm's acceptances to reach Basel");

        using var compiler = fixture.Stack.Client(fixture.Stack.Tokens.For("compiler", "report-compiler"));
        using var started = await compiler.PostJsonAsync("/api/reports", new
        {
            kind = "international-cooperation",
            from = "2019-01-01",
            to = "2021-12-31",
            decisions = DemoSet.Decisions.Select(d => d.Symbol).ToArray(),
            meetings = new { basel = 15, rotterdam = 10, stockholm = 10 },
        });
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, await started.Content.ReadAsStringAsync());
        var location = started.Headers.Location!.OriginalString;

        var run = await Eventually.ReturnsAsync(
            async () => await (await basel.GetAsync(location)).ReadJsonAsync(),
            run => run.GetProperty("state").GetString() is "completed" or "partial" or "failed",
            because: "the report run to finish", TimeSpan.FromSeconds(120));
        Assert.Equal("completed", run.GetProperty("state").GetString());
        Assert.All(run.GetProperty("sources").EnumerateArray(), s => Assert.Equal("answered", s.GetProperty("state").GetString()));

        using var document = await basel.GetAsync($"{location}/document?format=json");
        var activities = (await document.ReadJsonAsync()).GetProperty("activities").EnumerateArray().ToList();
        Assert.True(activities.Count >= 35, $"{activities.Count} activities in the report");
        var line = Assert.Single(activities, a => a.GetProperty("id").GetString() == webinar);
        Assert.Equal(["basel", "rotterdam", "stockholm"], line.GetProperty("conventions").EnumerateArray().Select(c => c.GetString()));
    }
}

/// <summary>All five services and the gateway, loaded with the demo data once for the class.</summary>
public sealed class DemoDataFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public static readonly string[] Conventions = [PlatformServices.Basel, PlatformServices.Rotterdam, PlatformServices.Stockholm];
    private readonly SemaphoreSlim _loading = new(1, 1);
    private DemoLoadSummary? _first;

    public async Task<DemoLoadSummary> FirstLoadAsync()
    {
        await _loading.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return _first ??= await new DemoDataLoader().LoadAsync(Stack.Gateway.Address, TestContext.Current.CancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    public async Task<string> ActivityAsync(string convention, string title)
    {
        using var reader = Reader();
        var page = await (await reader.GetAsync($"/api/{convention}/activities?pageSize=200")).ReadJsonAsync();
        return page.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("title").GetString() == title).GetProperty("id").GetString()!;
    }

    /// <summary>What a reader sees through the gateway: how many of each record every service holds, by <c>service/record</c>.</summary>
    public async Task<SortedDictionary<string, int>> CountAsync()
    {
        using var reader = Reader();
        async Task<JsonElement> Page(string path) => await (await reader.GetAsync(path)).ReadJsonAsync();
        async Task<int> Total(string path) => (await Page(path)).GetProperty("totalCount").GetInt32();

        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var convention in Conventions)
        {
            counts[$"{convention}/decisions"] = await Total($"/api/{convention}/decisions");
            var activities = await Page($"/api/{convention}/activities?includeWithdrawn=true&pageSize=200");
            counts[$"{convention}/activities"] = activities.GetProperty("totalCount").GetInt32();
            counts[$"{convention}/joint activities"] = activities.GetProperty("items").EnumerateArray()
                .Count(a => a.GetProperty("participants").GetArrayLength() > 0);
            counts[$"{convention}/received proposals"] = await Total($"/api/{convention}/joint-proposals");
            counts[$"{convention}/received proposals waiting"] = await Total($"/api/{convention}/joint-proposals?status=proposed");
            counts[$"{convention}/received proposals accepted"] = await Total($"/api/{convention}/joint-proposals?status=accepted");
            counts[$"{convention}/assistance requests"] = await Total($"/api/{convention}/assistance-requests");
        }

        foreach (var record in new[] { "organisations", "memberships", "coalitions", "engagements", "transmissions" })
        {
            counts[$"partners/{record}"] = await Total($"/api/partners/{record}");
        }

        return counts;
    }

    private HttpClient Reader() => Stack.Client(Stack.Tokens.For("reader", "reader"));
}
