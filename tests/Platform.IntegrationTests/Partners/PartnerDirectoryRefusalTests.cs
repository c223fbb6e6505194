namespace Platform.IntegrationTests.Partners;

/// <summary>Bad input to the directory answers 400, 403, 404 or 409 and changes nothing stored or announced.</summary>
[Collection(nameof(PartnerLiaisonCollection))]
public sealed class PartnerDirectoryRefusalTests(PartnerLiaisonFixture fixture)
{
    [Fact]
    public async Task Invalid_fields_are_named_each_and_nothing_is_stored()
    {
        using var team = fixture.LiaisonTeam();
        var before = await fixture.StoredStateAsync();

        using var response = await team.PostJsonAsync("/api/partners/organisations",
            new { id = "Not An Id", name = " ", acronym = new string('A', 41), kind = "ngo", parentId = "IOMC" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new HashSet<string> { "id", "name", "acronym", "kind", "parentId" }, (await response.ReadJsonAsync()).ErrorFields());
        Assert.Equal(before, await fixture.StoredStateAsync());
    }

    [Fact]
    public async Task Parent_not_in_the_directory_or_under_the_organisation_itself_is_refused_on_parentId()
    {
        using var team = fixture.LiaisonTeam();
        var before = await fixture.StoredStateAsync();

        using var unknownParent = await team.PostJsonAsync("/api/partners/organisations",
            PartnerRequests.Organisation("bcrc-egypt", parentId: "no-such-umbrella"));
        using var circle = await team.SendJsonAsync(HttpMethod.Patch, "/api/partners/organisations/iomc", new { parentId = "fao" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.BadRequest, unknownParent.StatusCode);
        Assert.Equal(new HashSet<string> { "parentId" }, (await unknownParent.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.BadRequest, circle.StatusCode);
        Assert.Equal(new HashSet<string> { "parentId" }, (await circle.ReadJsonAsync()).ErrorFields());
        Assert.Equal(before, await fixture.StoredStateAsync());
    }

    [Fact]
    public async Task Duplicate_id_is_a_conflict()
    {
        using var team = fixture.LiaisonTeam();
        var before = await fixture.StoredStateAsync();

        using var response = await team.PostJsonAsync("/api/partners/organisations",
            new { id = "unep", name = "Another UNEP", kind = "programme" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("'unep' is already in the partner directory", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
        Assert.Equal("United Nations Environment Programme", (await team.GetJsonAsync("/api/partners/organisations/unep")).GetProperty("name").GetString());
        Assert.Equal(before, await fixture.StoredStateAsync());
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        using var team = fixture.LiaisonTeam();
        var before = await fixture.StoredStateAsync();
        var unknown = Guid.NewGuid();

        HttpResponseMessage[] responses =
        [
            await team.GetAsync("/api/partners/organisations/no-such-partner"),
            await team.SendJsonAsync(HttpMethod.Put, "/api/partners/organisations/no-such-partner", new { name = "X", kind = "other", version = 1 }),
            await team.SendJsonAsync(HttpMethod.Patch, "/api/partners/organisations/no-such-partner", new { name = "X", version = 1 }),
            await team.DeleteAsync("/api/partners/organisations/no-such-partner"),
            await team.GetAsync("/api/partners/organisations/no-such-partner/activities"),
            await team.GetAsync("/api/partners/organisations/no-such-partner/history"),
            await team.GetAsync("/api/partners/coalitions/no-such-coalition"),
            await team.GetAsync($"/api/partners/memberships/{unknown}"),
            await team.PostJsonAsync($"/api/partners/memberships/{unknown}/status-changes", new { status = "applied" }),
            await team.GetAsync($"/api/partners/engagements/{unknown}"),
            await team.DeleteAsync($"/api/partners/engagements/{unknown}"),
            await team.GetAsync($"/api/partners/transmissions/{unknown}"),
            await team.GetAsync($"/api/partners/contributions/engagement/{unknown}"),
            await team.GetAsync("/api/partners/contributions/decision/unep"),
        ];

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.NotFound, response.StatusCode));
        Assert.Equal(before, await fixture.StoredStateAsync());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Edit_without_a_version_is_400_and_with_a_stale_one_409()
    {
        using var team = fixture.LiaisonTeam();
        var before = await fixture.StoredStateAsync();
        var edit = new { name = "Strategic Approach to International Chemicals Management", acronym = "SAICM", kind = "other" };

        using var withoutVersion = await team.SendJsonAsync(HttpMethod.Put, "/api/partners/organisations/saicm", edit);
        using var stale = await team.SendJsonAsync(HttpMethod.Put, "/api/partners/organisations/saicm", edit, ifMatch: "\"7\"");
        using var staleField = await team.SendJsonAsync(HttpMethod.Patch, "/api/partners/organisations/saicm", new { name = "SAICM", version = 3 });
        using var staleRetire = await team.SendJsonAsync(HttpMethod.Delete, "/api/partners/organisations/saicm", ifMatch: "\"2\"");

        Assert.Equal(HttpStatusCode.BadRequest, withoutVersion.StatusCode);
        Assert.Equal(new HashSet<string> { "version" }, (await withoutVersion.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, staleField.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleRetire.StatusCode);
        Assert.Equal(before, await fixture.StoredStateAsync());
    }

    [Fact]
    public async Task Writes_need_the_liaison_team_and_reads_a_signed_in_user()
    {
        using var reader = fixture.Reader();
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        using var anonymous = fixture.Stack.Client();
        var before = await fixture.StoredStateAsync();

        using var readerPost = await reader.PostJsonAsync("/api/partners/organisations", PartnerRequests.Organisation("bcrc-iran"));
        using var baselRetire = await basel.DeleteAsync("/api/partners/organisations/who");
        using var baselMembership = await basel.PostJsonAsync("/api/partners/memberships", new { partnerId = "saicm", status = "observer" });
        using var anonymousRead = await anonymous.GetAsync("/api/partners/organisations");
        using var baselRead = await basel.GetAsync("/api/partners/organisations/who");

        Assert.Equal(HttpStatusCode.Forbidden, readerPost.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, baselRetire.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, baselMembership.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, baselRead.StatusCode);
        Assert.Equal(before, await fixture.StoredStateAsync());
    }

    [Fact]
    public async Task Lists_page_with_a_bounded_page_size()
    {
        using var reader = fixture.Reader();

        using var tooLarge = await reader.GetAsync("/api/partners/organisations?pageSize=201");
        using var pageZero = await reader.GetAsync("/api/partners/organisations?page=0");
        using var unknownKind = await reader.GetAsync("/api/partners/organisations?kind=ngo");
        var second = await reader.GetJsonAsync("/api/partners/organisations?page=2&pageSize=5");
        var whole = (await reader.GetJsonAsync("/api/partners/organisations?pageSize=200")).GetProperty("items").EnumerateArray()
            .Select(o => o.GetProperty("id").GetString()).ToList();

        Assert.Equal(new HashSet<string> { "pageSize" }, (await tooLarge.ReadJsonAsync()).ErrorFields());
        Assert.Equal(new HashSet<string> { "page" }, (await pageZero.ReadJsonAsync()).ErrorFields());
        Assert.Equal(new HashSet<string> { "kind" }, (await unknownKind.ReadJsonAsync()).ErrorFields());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(whole.Skip(5).Take(5), second.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(whole.Count, second.GetProperty("totalCount").GetInt32());
    }
}
