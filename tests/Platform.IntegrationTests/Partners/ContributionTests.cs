namespace Platform.IntegrationTests.Partners;

/// <summary>The contribution manifest a report run asks for, and the items it fetches from it.</summary>
[Collection(nameof(PartnerLiaisonCollection))]
public sealed class ContributionTests(PartnerLiaisonFixture fixture)
{
    [Fact]
    public async Task Manifest_lists_what_falls_in_the_period_with_versions_and_each_item_can_be_fetched()
    {
        using var team = fixture.LiaisonTeam();
        var inPeriod = await RecordEngagementAsync(team, "2020-07-01");
        var before = await RecordEngagementAsync(team, "2018-07-01");
        using var transmission = await team.PostJsonAsync("/api/partners/transmissions",
            new { transmittedOn = "2020-09-30", title = "SDG 12.4 information", mandates = new[] { "BC-14/21 6(a)" } });
        var transmissionId = (await transmission.ReadJsonAsync()).GetProperty("id").GetString()!;

        var manifest = await team.GetJsonAsync("/api/partners/contributions?from=2019-05-11&to=2021-07-31");

        Assert.Equal("partner-liaison", manifest.GetProperty("source").GetString());
        Assert.Equal("2019-05-11", manifest.GetProperty("from").GetString());
        var items = manifest.GetProperty("items").EnumerateArray()
            .Select(item => (Kind: item.GetProperty("kind").GetString(), Id: item.GetProperty("id").GetString(), Version: item.GetProperty("version").GetInt32()))
            .ToList();
        Assert.Contains(("engagement", inPeriod, 1), items);
        Assert.DoesNotContain(items, item => item.Id == before);
        Assert.Contains(("transmission", transmissionId, 1), items);
        Assert.Contains(items, item => item is { Kind: "partner", Id: "unep" });
        Assert.Contains(items, item => item is { Kind: "coalition", Id: "e-waste-coalition" });
        Assert.Contains(items, item => item.Kind == "membership");

        var engagement = await team.GetJsonAsync($"/api/partners/contributions/engagement/{inPeriod}");
        var partner = await team.GetJsonAsync("/api/partners/contributions/partner/fao");
        Assert.Equal(1, engagement.GetProperty("version").GetInt32());
        Assert.Equal("Meeting of 2020-07-01", engagement.GetProperty("state").GetProperty("title").GetString());
        Assert.Equal("iomc", partner.GetProperty("state").GetProperty("parentId").GetString());
    }

    [Fact]
    public async Task Manifest_needs_a_valid_period()
    {
        using var reader = fixture.Reader();

        using var missing = await reader.GetAsync("/api/partners/contributions");
        using var backwards = await reader.GetAsync("/api/partners/contributions?from=2021-07-31&to=2019-05-11");
        using var malformed = await reader.GetAsync("/api/partners/contributions?from=11/05/2019&to=2021-07-31");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(new HashSet<string> { "from", "to" }, (await missing.ReadJsonAsync()).ErrorFields());
        Assert.Equal(new HashSet<string> { "to" }, (await backwards.ReadJsonAsync()).ErrorFields());
        Assert.Equal(new HashSet<string> { "from" }, (await malformed.ReadJsonAsync()).ErrorFields());
    }

    private static async Task<string> RecordEngagementAsync(HttpClient team, string date)
    {
        using var response = await team.PostJsonAsync("/api/partners/engagements", new
        {
            kind = "communication",
            title = $"Meeting of {date}",
            start = date,
            partners = new[] { "undesa-statistics" },
            mandates = new[] { "BC-14/21 6(b)" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
    }
}
