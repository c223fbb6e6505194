using System.Text.Json.Serialization;
using Platform.Contracts.Contributions;

namespace Platform.IntegrationTests.Reports;

/// <summary>
/// The contribution protocol between the sources and the reporting service: every source serves
/// each item's event snapshot and nothing else, and a run restores from it what the read model lost.
/// </summary>
public sealed class ContributionContractTests(ReportsFixture fixture) : IClassFixture<ReportsFixture>
{
    /// <summary>Refuses any member the contract does not name: an HTTP DTO in <c>state</c> fails here.</summary>
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerOptions.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    [Fact]
    public async Task Every_item_of_every_source_is_exactly_the_snapshot_its_kind_carries()
    {
        await fixture.ImportSampleDecisionsAsync();
        await fixture.RecordAsync("basel", "Workshop on e-waste statistics", "2020-02-10", "2020-02-12", ["BC-14/21 6(b)"]);
        await OpenAssistanceRequestAsync("basel");
        await fixture.OpenMembershipAsync("bcrc-asia-pacific", "Basel Convention Regional Centre for Asia and the Pacific");
        await StageAsync(ContributionKinds.Engagement);
        await StageAsync(ContributionKinds.Transmission);
        using var reader = fixture.Reader();

        var sources = new (string Route, IReadOnlyList<string> Kinds)[]
        {
            ("/api/basel/contributions", ContributionKinds.Convention),
            ("/api/partners/contributions", ContributionKinds.PartnerLiaison),
        };
        foreach (var (route, kinds) in sources)
        {
            var manifest = await GetStrictAsync<ContributionManifest>(reader, $"{route}?from={ReportsFixture.From}&to={ReportsFixture.To}");
            Assert.Equal(kinds.ToHashSet(), manifest.Items.Select(entry => entry.Kind).ToHashSet());
            foreach (var entry in manifest.Items)
            {
                var item = await GetStrictAsync<ContributionItem>(reader, $"{route}/{entry.Kind}/{Uri.EscapeDataString(entry.Id)}");

                Assert.Equal((entry.Kind, entry.Id, entry.Version), (item.Kind, item.Id, item.Version));
                Assert.Equal(manifest.Source, item.Source);
                var state = ContributionSnapshots.Decode(item, Strict);
                Assert.IsType(ContributionSnapshots.TypeOf(entry.Kind)!, state);
            }
        }
    }

    [Theory]
    [InlineData(ContributionKinds.Partner)]
    [InlineData(ContributionKinds.Membership)]
    [InlineData(ContributionKinds.Coalition)]
    [InlineData(ContributionKinds.Engagement)]
    [InlineData(ContributionKinds.Transmission)]
    public async Task A_run_restores_a_lost_partner_liaison_item_from_its_snapshot(string kind)
    {
        await fixture.ImportSampleDecisionsAsync();
        var id = await StageAsync(kind);
        var held = await Eventually.ReturnsAsync(
            () => ReportingDatabase.HeldVersionAsync(fixture.Stack, kind, id),
            version => version is not null,
            because: $"the read model to hold the {kind} {id}");
        await ReportingDatabase.ForgetAsync(fixture.Stack, kind, id);
        Assert.Null(await ReportingDatabase.HeldVersionAsync(fixture.Stack, kind, id));

        var run = await fixture.RunAsync(await fixture.StartRunAsync());

        Assert.Equal("completed", run.GetProperty("state").GetString());
        var repair = Assert.Single(ReportsFixture.Source(run, "partner-liaison").GetProperty("repairs").EnumerateArray(),
            r => r.GetProperty("kind").GetString() == kind && r.GetProperty("id").GetString() == id);
        Assert.Equal(held, repair.GetProperty("version").GetInt32());
        Assert.Equal(held, await ReportingDatabase.HeldVersionAsync(fixture.Stack, kind, id));
    }

    /// <summary>Records an item of <paramref name="kind"/> at the partner-liaison service and answers its id.</summary>
    private async Task<string> StageAsync(string kind)
    {
        using var liaison = fixture.Stack.Client(fixture.Stack.Tokens.For("liaison", "liaison-team"));
        switch (kind)
        {
            case ContributionKinds.Partner:
                await fixture.RegisterPartnerAsync("bcrc-senegal", "Basel Convention Regional Centre for French-speaking Africa");
                return "bcrc-senegal";
            case ContributionKinds.Membership:
                return (await fixture.OpenMembershipAsync("bcrc-caribbean", "Basel Convention Regional Centre for the Caribbean")).ToString();
            case ContributionKinds.Coalition:
                using (var entry = await liaison.PostJsonAsync("/api/partners/organisations",
                    new { id = "marine-litter-partnership", name = "Global Partnership on Marine Litter", acronym = "GPML", kind = "coalition" }))
                {
                    Assert.Equal(HttpStatusCode.Created, entry.StatusCode);
                }

                return await CreatedIdAsync(liaison, "/api/partners/coalitions",
                    new { id = "marine-litter-partnership", members = new[] { "unep", "brs-secretariat" }, mandates = new[] { "BC-14/21 6(d)" } });
            case ContributionKinds.Engagement:
                return await CreatedIdAsync(liaison, "/api/partners/engagements", new
                {
                    kind = "communication",
                    title = "Letter on SDG indicator 12.4.2",
                    start = "2020-07-01",
                    partners = new[] { "undesa-statistics" },
                    mandates = new[] { "BC-14/21 6(b)" },
                });
            case ContributionKinds.Transmission:
                return await CreatedIdAsync(liaison, "/api/partners/transmissions",
                    new { transmittedOn = "2020-09-30", title = "SDG 12.4 information", mandates = new[] { "BC-14/21 6(a)" } });
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a partner-liaison kind");
        }
    }

    private async Task OpenAssistanceRequestAsync(string convention)
    {
        using var team = fixture.Team(convention);
        await CreatedIdAsync(team, $"/api/{convention}/assistance-requests",
            new { party = "KE", subject = "Inventory of e-waste flows", receivedOn = "2020-03-04" });
    }

    private static async Task<string> CreatedIdAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {await response.Content.ReadAsStringAsync()}");
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }

    private static async Task<T> GetStrictAsync<T>(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<T>(Strict))!;
    }
}
