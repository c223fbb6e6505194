using Platform.Contracts.Partners;

namespace Platform.IntegrationTests.Partners;

/// <summary>
/// The partner directory's once-only changes, sent twice at the same instant: one wins, the other
/// is 409 naming what won (or the same answer, when it asked for the very same thing), and one
/// event goes out. Fresh records every round, through the gateway and straight at the service.
/// </summary>
[Collection(nameof(PartnerLiaisonCollection))]
public sealed class DecidedOnceTests(PartnerLiaisonFixture fixture)
{
    private const int Rounds = 20;

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Registering_one_id_twice_together_is_201_and_409_and_announced_once(string route)
    {
        using var team = fixture.LiaisonTeam(route);
        for (var round = 0; round < Rounds; round++)
        {
            var id = FreshId("registered");

            var responses = await AtOnce.SendAsync(
                () => team.PostJsonAsync("/api/partners/organisations", PartnerRequests.Organisation(id)),
                () => team.PostJsonAsync("/api/partners/organisations", PartnerRequests.Organisation(id)));

            var (_, lost) = OneWinner(responses, HttpStatusCode.Created);
            Assert.Equal("The id is taken.", (await lost.ReadJsonAsync()).GetProperty("title").GetString());
            Assert.Single((await fixture.PublishedAsync()).OfType<PartnerRegistered>(), e => e.Partner.Id == id);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Retiring_a_partner_twice_together_is_200_twice_with_the_same_entry_and_announced_once(string route)
    {
        using var team = fixture.LiaisonTeam(route);
        for (var round = 0; round < Rounds; round++)
        {
            var id = await RegisteredAsync("retired", "regional-centre");

            var responses = await AtOnce.SendAsync(
                () => team.DeleteAsync($"/api/partners/organisations/{id}"),
                () => team.DeleteAsync($"/api/partners/organisations/{id}"));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], responses.Select(r => r.StatusCode));
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            Assert.Equal(bodies[0], bodies[1]);
            Assert.True((await responses[0].ReadJsonAsync()).GetProperty("retired").GetBoolean());
            Assert.Single((await fixture.PublishedAsync()).OfType<PartnerChanged>(), e => e.Partner.Id == id && e.Partner.Retired);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Two_standings_with_one_body_recorded_together_are_201_and_409_naming_the_one_recorded(string route)
    {
        using var team = fixture.LiaisonTeam(route);
        for (var round = 0; round < Rounds; round++)
        {
            var partnerId = await RegisteredAsync("standing", "regional-centre");

            var responses = await AtOnce.SendAsync(
                () => team.PostJsonAsync("/api/partners/memberships", new { partnerId, status = "observer" }),
                () => team.PostJsonAsync("/api/partners/memberships", new { partnerId, status = "invited" }));

            var (won, lost) = OneWinner(responses, HttpStatusCode.Created);
            var recorded = await won.ReadJsonAsync();
            var problem = await lost.ReadJsonAsync();
            Assert.Equal("A standing with this body is already recorded.", problem.GetProperty("title").GetString());
            Assert.Equal(recorded.GetProperty("id").GetString(), problem.GetProperty("membershipId").GetString());
            Assert.Equal(recorded.GetProperty("status").GetString(), problem.GetProperty("status").GetString());
            Assert.Single((await fixture.PublishedAsync()).OfType<MembershipChanged>(), e => e.Membership.PartnerId == partnerId);
            var listed = await team.GetJsonAsync($"/api/partners/memberships?partner={partnerId}");
            Assert.Single(listed.GetProperty("items").EnumerateArray());
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Two_moves_of_one_standing_read_at_one_version_together_are_200_and_409_naming_the_status_that_won(string route)
    {
        using var team = fixture.LiaisonTeam(route);
        for (var round = 0; round < Rounds; round++)
        {
            var partnerId = await RegisteredAsync("moved", "regional-centre");
            using var opened = await team.PostJsonAsync("/api/partners/memberships", new { partnerId, status = "invited" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            var id = (await opened.ReadJsonAsync()).GetProperty("id").GetString();

            var responses = await AtOnce.SendAsync(
                () => team.PostJsonAsync($"/api/partners/memberships/{id}/status-changes", new { status = "applied", version = 1 }),
                () => team.PostJsonAsync($"/api/partners/memberships/{id}/status-changes", new { status = "observer", version = 1 }));

            var (won, lost) = OneWinner(responses, HttpStatusCode.OK);
            var status = (await won.ReadJsonAsync()).GetProperty("status").GetString();
            var problem = await lost.ReadJsonAsync();
            Assert.Equal(status, problem.GetProperty("status").GetString());
            Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
            var membership = await team.GetJsonAsync($"/api/partners/memberships/{id}");
            Assert.Equal(["invited", status], membership.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("status").GetString()));
            var announced = (await fixture.PublishedAsync()).OfType<MembershipChanged>().Where(e => e.Membership.PartnerId == partnerId);
            Assert.Equal([1, 2], announced.Select(e => e.Membership.Version));
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Recording_one_coalition_twice_together_is_201_and_409_and_announced_once(string route)
    {
        using var team = fixture.LiaisonTeam(route);
        for (var round = 0; round < Rounds; round++)
        {
            var id = await RegisteredAsync("coalition", "coalition");

            var responses = await AtOnce.SendAsync(
                () => team.PostJsonAsync("/api/partners/coalitions", new { id, members = new[] { "unep" } }),
                () => team.PostJsonAsync("/api/partners/coalitions", new { id, members = new[] { "unep", "fao" } }));

            var (won, lost) = OneWinner(responses, HttpStatusCode.Created);
            Assert.Equal("The coalition is already recorded.", (await lost.ReadJsonAsync()).GetProperty("title").GetString());
            var coalition = await team.GetJsonAsync($"/api/partners/coalitions/{id}");
            Assert.Equal((await won.ReadJsonAsync()).GetProperty("members").Ids(), coalition.GetProperty("members").Ids());
            Assert.Single((await fixture.PublishedAsync()).OfType<CoalitionChanged>(), e => e.Coalition.Id == id);
            DisposeAll(responses);
        }
    }

    private static string FreshId(string what) => $"{what}-{Guid.NewGuid():N}"[..30];

    private async Task<string> RegisteredAsync(string what, string kind)
    {
        var id = FreshId(what);
        using var team = fixture.LiaisonTeam();
        using var created = await team.PostJsonAsync("/api/partners/organisations", PartnerRequests.Organisation(id, $"Partner {id}", kind));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return id;
    }

    private static (HttpResponseMessage Won, HttpResponseMessage Lost) OneWinner(HttpResponseMessage[] responses, HttpStatusCode winner)
    {
        Assert.Equal(new[] { winner, HttpStatusCode.Conflict }.Order(), responses.Select(r => r.StatusCode).Order());
        var won = responses.First(r => r.StatusCode == winner);
        return (won, responses.First(r => r != won));
    }

    private static void DisposeAll(HttpResponseMessage[] responses)
    {
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
