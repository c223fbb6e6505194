using Platform.Contracts.Partners;

namespace Platform.IntegrationTests.Partners;

/// <summary>The partner directory as the liaison team and its readers see it through the gateway.</summary>
[Collection(nameof(PartnerLiaisonCollection))]
public sealed class PartnerDirectoryTests(PartnerLiaisonFixture fixture)
{
    private static readonly string[] SampleDecisionPartners =
    [
        "unep", "undesa-statistics", "iomc", "saicm", "minamata", "e-waste-coalition",
        "fao", "ilo", "itu", "itc", "unido", "unitar", "unu", "un-habitat", "who",
    ];

    [Fact]
    public async Task Fresh_start_lists_the_organisations_the_sample_decision_names_and_announces_each()
    {
        using var reader = fixture.Reader();

        var page = await reader.GetJsonAsync("/api/partners/organisations?pageSize=200");

        var ids = page.GetProperty("items").Ids();
        Assert.All(SampleDecisionPartners, id => Assert.Contains(id, ids));
        var unsd = await reader.GetJsonAsync("/api/partners/organisations/undesa-statistics");
        Assert.Equal("Statistics Division of the Department of Economic and Social Affairs of the United Nations Secretariat", unsd.GetProperty("name").GetString());
        Assert.Equal("un-entity", unsd.GetProperty("kind").GetString());

        var announced = await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.Published.OfType<PartnerRegistered>().Select(e => e.Partner.Id).ToHashSet()),
            seen => SampleDecisionPartners.All(seen.Contains),
            because: "a PartnerRegistered event for every organisation of the initial directory");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Superset(SampleDecisionPartners.ToHashSet(), announced);
    }

    [Theory]
    [InlineData("waste coalition", "e-waste-coalition")]
    [InlineData("UNEP", "unep")]
    [InlineData("minamata", "minamata")]
    [InlineData("Statistics   Division", "undesa-statistics")]
    public async Task A_search_finds_the_organisations_whose_id_name_or_acronym_hold_every_word(string search, string found)
    {
        using var reader = fixture.Reader();

        var page = await reader.GetJsonAsync($"/api/partners/organisations?search={Uri.EscapeDataString(search)}&pageSize=200");

        var ids = page.GetProperty("items").Ids();
        Assert.Contains(found, ids);
        Assert.Equal(ids.Count, page.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain("iomc", ids);
    }

    [Fact]
    public async Task A_search_no_organisation_matches_is_an_empty_page_and_one_with_a_line_break_is_400_naming_it()
    {
        using var reader = fixture.Reader();

        var none = await reader.GetJsonAsync("/api/partners/organisations?search=no-such-organisation-anywhere");
        using var refused = await reader.GetAsync("/api/partners/organisations?search=waste%0Acoalition");

        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(new HashSet<string> { "search" }, (await refused.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Iomc_shows_its_participating_organisations()
    {
        using var reader = fixture.Reader();

        var iomc = await reader.GetJsonAsync("/api/partners/organisations/iomc");
        var underIomc = await reader.GetJsonAsync("/api/partners/organisations?parent=iomc&pageSize=200");
        var fao = await reader.GetJsonAsync("/api/partners/organisations/fao");

        Assert.Equal("IOMC", iomc.GetProperty("acronym").GetString());
        var participating = iomc.GetProperty("participatingOrganisations").Ids();
        Assert.Superset(new HashSet<string> { "fao", "ilo", "undp", "unep", "unido", "unitar", "who", "world-bank", "oecd" }, participating.ToHashSet());
        Assert.Superset(participating.ToHashSet(), underIomc.GetProperty("items").Ids().ToHashSet());
        Assert.Equal("iomc", fao.GetProperty("parentId").GetString());
        Assert.Equal("Inter-Organization Programme for the Sound Management of Chemicals", fao.GetProperty("parent").GetProperty("name").GetString());
    }

    [Fact]
    public async Task E_waste_coalition_is_listed_with_its_members()
    {
        using var reader = fixture.Reader();

        var coalitions = await reader.GetJsonAsync("/api/partners/coalitions");
        var coalition = await reader.GetJsonAsync("/api/partners/coalitions/e-waste-coalition");
        var who = await reader.GetJsonAsync("/api/partners/organisations/who");

        Assert.Contains("e-waste-coalition", coalitions.GetProperty("items").Ids());
        Assert.Equal(
            new HashSet<string> { "ilo", "itu", "itc", "unep", "unido", "unitar", "unu", "un-habitat", "who", "brs-secretariat" },
            coalition.GetProperty("members").Ids().ToHashSet());
        Assert.Equal("World Health Organization", coalition.GetProperty("members").EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == "who").GetProperty("name").GetString());
        Assert.Contains("BC-14/21 7", coalition.GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("e-waste-coalition", who.GetProperty("coalitions").EnumerateArray().Select(c => c.GetString()));
        await Eventually.TrueAsync(
            () => Task.FromResult(fixture.Published.OfType<CoalitionChanged>().Any(e => e.Coalition.Id == "e-waste-coalition" && e.Coalition.Members.Count == 10)),
            because: "the coalition announced with its members");
    }

    [Fact]
    public async Task Liaison_team_registers_edits_and_retires_a_partner_and_each_change_is_announced()
    {
        using var team = fixture.LiaisonTeam();

        using var created = await team.PostJsonAsync("/api/partners/organisations", PartnerRequests.Organisation("bcrc-china"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/partners/organisations/bcrc-china", created.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);

        using var edited = await team.SendJsonAsync(HttpMethod.Put, "/api/partners/organisations/bcrc-china",
            new { name = "Basel Convention Regional Centre for Asia and the Pacific (Beijing)", acronym = "BCRC China", kind = "regional-centre" },
            ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(2, (await edited.ReadJsonAsync()).GetProperty("version").GetInt32());

        using var patched = await team.SendJsonAsync(HttpMethod.Patch, "/api/partners/organisations/bcrc-china", new { acronym = "BCRC-AP", version = 2 });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var afterPatch = await patched.ReadJsonAsync();
        Assert.Equal("BCRC-AP", afterPatch.GetProperty("acronym").GetString());
        Assert.Equal("Basel Convention Regional Centre for Asia and the Pacific (Beijing)", afterPatch.GetProperty("name").GetString());

        using var retired = await team.DeleteAsync("/api/partners/organisations/bcrc-china");
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);

        var entry = await team.GetJsonAsync("/api/partners/organisations/bcrc-china");
        Assert.True(entry.GetProperty("retired").GetBoolean());
        Assert.Equal(4, entry.GetProperty("version").GetInt32());
        Assert.DoesNotContain("bcrc-china", (await team.GetJsonAsync("/api/partners/organisations?kind=regional-centre")).GetProperty("items").Ids());
        Assert.Contains("bcrc-china", (await team.GetJsonAsync("/api/partners/organisations?kind=regional-centre&includeRetired=true")).GetProperty("items").Ids());

        var history = (await team.GetJsonAsync("/api/partners/organisations/bcrc-china/history")).GetProperty("items");
        Assert.Equal([1, 2, 3, 4], history.EnumerateArray().Select(r => r.GetProperty("version").GetInt32()));
        Assert.All(history.EnumerateArray(), r => Assert.Equal("liaison-officer", r.GetProperty("changedBy").GetString()));

        var events = await Eventually.ReturnsAsync(
            () => Task.FromResult(AnnouncedVersions("bcrc-china")),
            seen => seen.Count == 4,
            because: "one event per change of bcrc-china");
        Assert.Equal([(1, "PartnerRegistered", false), (2, "PartnerChanged", false), (3, "PartnerChanged", false), (4, "PartnerChanged", true)], events);
    }

    [Fact]
    public async Task Organisation_registered_under_an_umbrella_shows_with_it()
    {
        using var team = fixture.LiaisonTeam();

        using var created = await team.PostJsonAsync("/api/partners/organisations",
            new { id = "unicef", name = "United Nations Children's Fund", acronym = "UNICEF", kind = "un-entity", parentId = "iomc" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("iomc", (await created.ReadJsonAsync()).GetProperty("parent").GetProperty("id").GetString());
        var iomc = await team.GetJsonAsync("/api/partners/organisations/iomc");
        Assert.Contains("unicef", iomc.GetProperty("participatingOrganisations").Ids());
    }

    private List<(int Version, string Event, bool Retired)> AnnouncedVersions(string id) =>
        fixture.Published.OfType<object>()
            .Select(message => message switch
            {
                PartnerRegistered registered when registered.Partner.Id == id => (registered.Partner.Version, nameof(PartnerRegistered), registered.Partner.Retired),
                PartnerChanged changed when changed.Partner.Id == id => (changed.Partner.Version, nameof(PartnerChanged), changed.Partner.Retired),
                _ => (0, "", false),
            })
            .Where(e => e.Item1 > 0)
            .ToList();
}
