using System.Net.Sockets;
using Platform.IntegrationTests.Partners;

namespace Platform.IntegrationTests.Reports;

/// <summary>All five services behind the gateway, and what a report test does through them.</summary>
public class ReportsFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    private DecisionImports? _decisions;

    public const string From = "2019-05-11";
    public const string To = "2021-07-31";

    public HttpClient Team(string convention) => Stack.Client(Stack.Tokens.For($"{convention}-member", $"{convention}-team"));

    public HttpClient Compiler() => Stack.Client(Stack.Tokens.For("compiler", "report-compiler"));

    public HttpClient Reader() => Stack.Client(Stack.Tokens.For("reader", "reader"));

    /// <summary>The sample decision as the three COPs adopted it.</summary>
    public async Task ImportSampleDecisionsAsync()
    {
        await ImportAsync("basel", Samples.Bc1421);
        await ImportAsync("rotterdam", Samples.AdoptedAs("RC-9/9"));
        await ImportAsync("stockholm", Samples.AdoptedAs("SC-9/18"));
    }

    /// <summary>Registers a partner organisation and waits until the Basel service accepts it in activities.</summary>
    public async Task RegisterPartnerAsync(string id, string name)
    {
        using var liaison = Stack.Client(Stack.Tokens.For("liaison", "liaison-team"));
        using var registered = await liaison.PostJsonAsync("/api/partners/organisations", PartnerRequests.Organisation(id, name, "un-entity"));
        Assert.True(registered.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"registering {id}: {(int)registered.StatusCode}");
        using var basel = Team("basel");
        await Eventually.TrueAsync(
            async () => (await basel.GetStringAsync("/api/basel/partners?pageSize=200")).Contains($"\"{id}\"", StringComparison.Ordinal),
            because: $"{id} to reach Basel's partner replica");
    }

    /// <summary>Registers the body and records the Secretariat's standing with it; answers the membership's id.</summary>
    public async Task<Guid> OpenMembershipAsync(string partnerId, string name)
    {
        await RegisterPartnerAsync(partnerId, name);
        using var liaison = Stack.Client(Stack.Tokens.For("liaison", "liaison-team"));
        using var opened = await liaison.PostJsonAsync("/api/partners/memberships",
            new { partnerId, status = "invited", on = "2020-01-15", mandates = new[] { "BC-14/21 8" }, note = "Invited to take part" });
        Assert.True(opened.StatusCode == HttpStatusCode.Created, $"opening a membership: {await opened.Content.ReadAsStringAsync()}");
        return Guid.Parse((await opened.ReadJsonAsync()).GetProperty("id").GetString()!);
    }

    /// <summary>Records an activity and answers its id.</summary>
    public async Task<string> RecordAsync(
        string convention, string title, string start, string end, string[] mandates, string[]? partners = null)
    {
        using var team = Team(convention);
        using var created = await team.PostJsonAsync($"/api/{convention}/activities", new
        {
            title,
            description = $"{title}, recorded by the {convention} team.",
            type = "capacity-building",
            status = "completed",
            start,
            end,
            mandates,
            partners = partners ?? [],
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"recording '{title}': {await created.Content.ReadAsStringAsync()}");
        return (await created.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    /// <summary>Proposes the activity to the others and has each accept it with its own mandate.</summary>
    public async Task MakeJointAsync(string lead, string activityId, IReadOnlyDictionary<string, string> mandateOf)
    {
        using var leadTeam = Team(lead);
        using var proposed = await leadTeam.PostJsonAsync($"/api/{lead}/activities/{activityId}/joint-proposals",
            new { conventions = mandateOf.Keys.ToArray(), message = "Shall we run it together?" });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        foreach (var (convention, mandate) in mandateOf)
        {
            using var team = Team(convention);
            var proposal = await Eventually.ReturnsAsync(
                async () => (await (await team.GetAsync($"/api/{convention}/joint-proposals")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
                    .FirstOrDefault(p => p.GetProperty("activityId").GetString() == activityId),
                p => p.ValueKind == JsonValueKind.Object, because: $"the proposal to reach {convention}");
            using var accepted = await team.PostJsonAsync(
                $"/api/{convention}/joint-proposals/{proposal.GetProperty("id").GetString()}/accept", new { mandates = new[] { mandate } });
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        await Eventually.TrueAsync(
            async () => (await (await leadTeam.GetAsync($"/api/{lead}/activities/{activityId}")).ReadJsonAsync())
                .GetProperty("conventions").GetArrayLength() == mandateOf.Count + 1,
            because: "every acceptance to reach the lead convention");
    }

    public static object RunRequest(int? deadlineSeconds = null) => new
    {
        kind = "international-cooperation",
        from = From,
        to = To,
        decisions = new[] { "BC-14/21", "RC-9/9", "SC-9/18" },
        meetings = new { basel = 15, rotterdam = 10, stockholm = 10 },
        deadlineSeconds,
    };

    /// <summary>Starts a run as a report compiler and answers its location.</summary>
    public Task<string> StartRunAsync(int? deadlineSeconds = null) => StartRunAsync(RunRequest(deadlineSeconds));

    /// <summary>Starts a run of <paramref name="request"/> as a report compiler and answers its location.</summary>
    public async Task<string> StartRunAsync(object request)
    {
        using var compiler = Compiler();
        using var started = await compiler.PostJsonAsync("/api/reports", request);
        Assert.True(started.StatusCode == HttpStatusCode.Accepted, $"starting a run: {await started.Content.ReadAsStringAsync()}");
        return started.Headers.Location!.OriginalString;
    }

    /// <summary>Follows a run until its state is one of <paramref name="states"/>.</summary>
    public async Task<JsonElement> RunAsync(string location, TimeSpan? timeout = null, params string[] states)
    {
        var wanted = states.Length == 0 ? ["completed", "partial", "failed"] : states;
        return await Eventually.ReturnsAsync(
            async () =>
            {
                using var reader = Reader();
                using var response = await reader.GetAsync(location);
                return await response.ReadJsonAsync();
            },
            run => wanted.Contains(run.GetProperty("state").GetString()),
            because: $"the run {location} to be {string.Join(" or ", wanted)}",
            timeout ?? TimeSpan.FromSeconds(90));
    }

    public async Task<JsonElement> ReportJsonAsync(string location)
    {
        using var reader = Reader();
        using var response = await reader.GetAsync($"{location}/document?format=json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static JsonElement Source(JsonElement run, string name) =>
        run.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    /// <summary>A loopback port nothing listens on.</summary>
    public static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    private Task ImportAsync(string convention, string text) =>
        (_decisions ??= new DecisionImports(Team)).ImportAsync(convention, text);
}
