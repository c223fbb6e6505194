using Platform.Contracts.Partners;

namespace Platform.IntegrationTests.Partners;

/// <summary>Coalitions, engagements and transmissions to UNEP, recorded by the liaison team.</summary>
[Collection(nameof(PartnerLiaisonCollection))]
public sealed class LiaisonRecordsTests(PartnerLiaisonFixture fixture)
{
    [Fact]
    public async Task Coalition_is_recorded_on_its_directory_entry_and_its_establishment_edited_with_its_version()
    {
        using var team = fixture.LiaisonTeam();
        using var entry = await team.PostJsonAsync("/api/partners/organisations",
            new { id = "marine-litter-partnership", name = "Global Partnership on Marine Litter", acronym = "GPML", kind = "coalition" });
        Assert.Equal(HttpStatusCode.Created, entry.StatusCode);

        using var unknownMember = await team.PostJsonAsync("/api/partners/coalitions",
            new { id = "marine-litter-partnership", members = new[] { "unep", "no-such-member" } });
        using var notACoalition = await team.PostJsonAsync("/api/partners/coalitions", new { id = "who", members = new[] { "unep" } });
        using var recorded = await team.PostJsonAsync("/api/partners/coalitions",
            new { id = "marine-litter-partnership", members = new[] { "unep", "brs-secretariat" }, mandates = new[] { "BC-14/21 6(d)" } });
        using var established = await team.SendJsonAsync(HttpMethod.Put, "/api/partners/coalitions/marine-litter-partnership",
            new { members = new[] { "unep", "brs-secretariat", "fao" }, established = true, establishedOn = "2012-06-20", mandates = new[] { "BC-14/21 6(d)" }, version = 1 });
        using var stale = await team.SendJsonAsync(HttpMethod.Put, "/api/partners/coalitions/marine-litter-partnership",
            new { members = new[] { "unep" }, version = 1 });

        Assert.Equal(new HashSet<string> { "members" }, (await unknownMember.ReadJsonAsync()).ErrorFields());
        Assert.Equal(new HashSet<string> { "id" }, (await notACoalition.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, established.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var coalition = await team.GetJsonAsync("/api/partners/coalitions/marine-litter-partnership");
        Assert.Equal("Global Partnership on Marine Litter", coalition.GetProperty("name").GetString());
        Assert.Equal(["unep", "brs-secretariat", "fao"], coalition.GetProperty("members").Ids());
        Assert.True(coalition.GetProperty("established").GetBoolean());
        Assert.Equal("2012-06-20", coalition.GetProperty("establishedOn").GetString());
        await Eventually.TrueAsync(
            () => Task.FromResult(fixture.Published.OfType<CoalitionChanged>().Any(e => e.Coalition.Id == "marine-litter-partnership" && e.Coalition.Version == 2 && e.Coalition.Established)),
            because: "the establishment announced");
    }

    [Fact]
    public async Task Engagement_is_recorded_revised_and_withdrawn_with_an_event_each_time()
    {
        using var team = fixture.LiaisonTeam();
        var activity = Guid.NewGuid();
        var meeting = new
        {
            kind = "meeting",
            title = "IOMC Inter-Organization Management Committee, 2020",
            participation = "observer",
            start = "2020-02-10",
            end = "2020-02-11",
            partners = new[] { "iomc", "who" },
            conventions = new[] { "basel", "rotterdam", "stockholm" },
            activities = new[] { activity.ToString() },
            mandates = new[] { "BC-14/21 6(e)" },
        };

        using var unknownPartner = await team.PostJsonAsync("/api/partners/engagements", meeting with { partners = new[] { "iomc", "no-such-partner" } });
        using var recorded = await team.PostJsonAsync("/api/partners/engagements", meeting);
        Assert.Equal(new HashSet<string> { "partners" }, (await unknownPartner.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var id = (await recorded.ReadJsonAsync()).GetProperty("id").GetString()!;

        using var revised = await team.SendJsonAsync(HttpMethod.Put, $"/api/partners/engagements/{id}",
            meeting with { title = "IOMC IOMC-IOMC meeting, Geneva" }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        var listed = await team.GetJsonAsync("/api/partners/engagements?partner=who&from=2020-01-01&to=2020-12-31&convention=rotterdam");
        Assert.Contains(id, listed.GetProperty("items").Ids());

        using var withdrawn = await team.DeleteAsync($"/api/partners/engagements/{id}");
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.DoesNotContain(id, (await team.GetJsonAsync("/api/partners/engagements?partner=who")).GetProperty("items").Ids());
        Assert.True((await team.GetJsonAsync($"/api/partners/engagements/{id}")).GetProperty("withdrawn").GetBoolean());

        await Eventually.TrueAsync(() => Task.FromResult(
                fixture.Published.OfType<EngagementRecorded>().Any(e => e.Engagement.Id.ToString() == id && e.Engagement.Activities.Contains(activity)) &&
                fixture.Published.OfType<EngagementRevised>().Any(e => e.Engagement.Id.ToString() == id && e.Engagement.Version == 2) &&
                fixture.Published.OfType<EngagementWithdrawn>().Any(e => e.Engagement.Id.ToString() == id && e.Engagement.Version == 3 && e.Engagement.Withdrawn)),
            because: "recorded, revised and withdrawn events");
    }

    [Fact]
    public async Task Transmission_to_unep_says_what_was_made_available_when_and_what_it_covered()
    {
        using var team = fixture.LiaisonTeam();

        using var recorded = await team.PostJsonAsync("/api/partners/transmissions", new
        {
            transmittedOn = "2020-03-31",
            title = "Information submitted by Parties relevant to SDG indicators 12.4.1 and 12.4.2",
            description = "National reports under the Basel Convention for 2017, and Stockholm Convention national reports.",
            coversFrom = "2017-01-01",
            coversTo = "2018-12-31",
            conventions = new[] { "basel", "stockholm" },
            sdgTargets = new[] { "12.4" },
            documents = new[] { "UNEP/CHW.14/INF/36" },
            mandates = new[] { "BC-14/21 6(a)" },
        });
        using var invalid = await team.PostJsonAsync("/api/partners/transmissions",
            new { recipientId = "no-such-recipient", transmittedOn = "2020-03-31", title = "To nobody" });

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var transmission = await recorded.ReadJsonAsync();
        Assert.Equal("unep", transmission.GetProperty("recipientId").GetString());
        Assert.Equal("2018-12-31", transmission.GetProperty("coversTo").GetString());
        Assert.Equal(new HashSet<string> { "recipientId" }, (await invalid.ReadJsonAsync()).ErrorFields());
        var listed = await team.GetJsonAsync("/api/partners/transmissions?recipient=unep&from=2020-01-01&to=2020-12-31");
        Assert.Contains(transmission.GetProperty("id").GetString(), listed.GetProperty("items").Ids());
        await Eventually.TrueAsync(
            () => Task.FromResult(fixture.Published.OfType<TransmissionRecorded>().Any(e => e.Transmission.Id.ToString() == transmission.GetProperty("id").GetString())),
            because: "the transmission announced");
    }
}
