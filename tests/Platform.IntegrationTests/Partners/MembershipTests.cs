using Platform.Contracts.Partners;

namespace Platform.IntegrationTests.Partners;

/// <summary>The Secretariat's standing with bodies such as IOMC, and how it may change.</summary>
[Collection(nameof(PartnerLiaisonCollection))]
public sealed class MembershipTests(PartnerLiaisonFixture fixture)
{
    [Fact]
    public async Task Fresh_start_records_the_observer_standing_at_iomc_with_its_mandates()
    {
        using var reader = fixture.Reader();

        var page = await reader.GetJsonAsync("/api/partners/memberships?partner=iomc");

        var iomc = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("observer", iomc.GetProperty("status").GetString());
        Assert.Equal(["BC-14/21 6(e)", "BC-14/21 8"], iomc.GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["invited", "applied", "ended"], iomc.GetProperty("nextStatuses").EnumerateArray().Select(m => m.GetString()));
        Assert.Single(iomc.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task Standing_moves_from_invited_through_applied_to_member_keeping_its_history()
    {
        using var team = fixture.LiaisonTeam();

        using var opened = await team.PostJsonAsync("/api/partners/memberships",
            new { partnerId = "oecd", status = "invited", on = "2020-01-15", mandates = new[] { "BC-14/21 10" }, note = "Invited to the Chemicals Committee" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var id = (await opened.ReadJsonAsync()).GetProperty("id").GetString()!;
        Assert.Equal($"/api/partners/memberships/{id}", opened.Headers.Location?.OriginalString);

        using var applied = await team.PostJsonAsync($"/api/partners/memberships/{id}/status-changes",
            new { status = "applied", on = "2020-02-01", mandates = new[] { "RC-9/6 10" } });
        using var member = await team.SendJsonAsync(HttpMethod.Post, $"/api/partners/memberships/{id}/status-changes",
            new { status = "member", on = "2020-06-30" }, ifMatch: "\"2\"");
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, member.StatusCode);

        var membership = await team.GetJsonAsync($"/api/partners/memberships/{id}");
        Assert.Equal("member", membership.GetProperty("status").GetString());
        Assert.Equal(3, membership.GetProperty("version").GetInt32());
        Assert.Equal("2020-01-15", membership.GetProperty("startedOn").GetString());
        Assert.Equal(["BC-14/21 10", "RC-9/6 10"], membership.GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
        var history = membership.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(["invited", "applied", "member"], history.Select(h => h.GetProperty("status").GetString()));
        Assert.Equal(["2020-01-15", "2020-02-01", "2020-06-30"], history.Select(h => h.GetProperty("on").GetString()));
        Assert.Equal("liaison-officer", history[0].GetProperty("recordedBy").GetString());

        var announced = await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.Published.OfType<MembershipChanged>().Where(e => e.Membership.Id.ToString() == id).ToList()),
            seen => seen.Count == 3,
            because: "one MembershipChanged per step");
        Assert.Equal([1, 2, 3], announced.Select(e => e.Membership.Version));
        Assert.Equal(3, announced[2].Membership.History.Count);
        Assert.Equal("member", announced[2].Membership.Status);
    }

    [Fact]
    public async Task Status_the_membership_cannot_reach_is_a_conflict_that_says_what_it_can_reach()
    {
        using var team = fixture.LiaisonTeam();
        var iomc = (await team.GetJsonAsync("/api/partners/memberships?partner=iomc")).GetProperty("items")[0];
        var id = iomc.GetProperty("id").GetString();
        var before = await fixture.StoredStateAsync();

        using var jump = await team.PostJsonAsync($"/api/partners/memberships/{id}/status-changes", new { status = "member", mandates = new[] { "BC-14/21 8" } });
        using var same = await team.PostJsonAsync($"/api/partners/memberships/{id}/status-changes", new { status = "observer" });

        Assert.Equal(HttpStatusCode.Conflict, jump.StatusCode);
        Assert.Equal("application/problem+json", jump.Content.Headers.ContentType?.MediaType);
        var problem = await jump.ReadJsonAsync();
        Assert.Contains("'observer' cannot move to 'member'", problem.GetProperty("detail").GetString());
        Assert.Contains("'applied'", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, same.StatusCode);
        Assert.Equal("observer", (await team.GetJsonAsync($"/api/partners/memberships/{id}")).GetProperty("status").GetString());
        Assert.Equal(before, await fixture.StoredStateAsync());
    }

    [Fact]
    public async Task Bad_memberships_are_refused_naming_the_field_and_a_second_standing_is_a_conflict()
    {
        using var team = fixture.LiaisonTeam();
        var iomc = (await team.GetJsonAsync("/api/partners/memberships?partner=iomc")).GetProperty("items")[0].GetProperty("id").GetString();
        var before = await fixture.StoredStateAsync();

        using var invalid = await team.PostJsonAsync("/api/partners/memberships", new { partnerId = "no-such-body", status = "vip", on = "2020-02-30" });
        using var startsEnded = await team.PostJsonAsync("/api/partners/memberships", new { partnerId = "saicm", status = "ended" });
        using var second = await team.PostJsonAsync("/api/partners/memberships", new { partnerId = "iomc", status = "invited" });
        using var unknownStatus = await team.PostJsonAsync($"/api/partners/memberships/{iomc}/status-changes", new { status = "honorary" });
        using var backdated = await team.PostJsonAsync($"/api/partners/memberships/{iomc}/status-changes", new { status = "applied", on = "not a date" });

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(new HashSet<string> { "status", "on" }, (await invalid.ReadJsonAsync()).ErrorFields());
        Assert.Equal(new HashSet<string> { "status" }, (await startsEnded.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(new HashSet<string> { "status" }, (await unknownStatus.ReadJsonAsync()).ErrorFields());
        Assert.Equal(new HashSet<string> { "on" }, (await backdated.ReadJsonAsync()).ErrorFields());
        Assert.Equal(before, await fixture.StoredStateAsync());
    }

    [Fact]
    public async Task Membership_of_a_body_not_in_the_directory_is_refused_on_partnerId()
    {
        using var team = fixture.LiaisonTeam();
        var before = await fixture.StoredStateAsync();

        using var response = await team.PostJsonAsync("/api/partners/memberships", new { partnerId = "no-such-body", status = "observer" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new HashSet<string> { "partnerId" }, (await response.ReadJsonAsync()).ErrorFields());
        Assert.Equal(before, await fixture.StoredStateAsync());
    }
}
