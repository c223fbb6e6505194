using MassTransit;
using Platform.Contracts.Activities;

namespace Platform.IntegrationTests.Partners;

/// <summary>The partner's side of activities, built from the convention services' activity events.</summary>
[Collection(nameof(PartnerLiaisonCollection))]
public sealed class PartnerActivitiesTests(PartnerLiaisonFixture fixture)
{
    [Fact]
    public async Task Activity_naming_who_shows_under_who_keeps_its_newest_version_and_leaves_when_withdrawn()
    {
        using var reader = fixture.Reader();
        var id = Guid.NewGuid();

        await fixture.Bus.Publish(new ActivityRecorded { Activity = Activity(id, 1, "Workshop on health aspects of e-waste", ["who", "ilo"]) });
        var listed = await WhoActivityAsync(reader, id, version: 1);
        Assert.Equal("stockholm", listed.GetProperty("convention").GetString());
        Assert.Equal(["stockholm", "basel"], listed.GetProperty("conventions").EnumerateArray().Select(c => c.GetString()));

        await fixture.Bus.Publish(new ActivityRevised { Activity = Activity(id, 3, "Workshop on e-waste and child health", ["who"]) });
        await WhoActivityAsync(reader, id, version: 3);
        await fixture.Bus.Publish(new ActivityRevised { Activity = Activity(id, 2, "A late, older revision", ["who"]) });
        await fixture.Bus.Publish(new ActivityRecorded { Activity = Activity(Guid.NewGuid(), 1, "Only with ILO", ["ilo"]) });
        await Eventually.TrueAsync(async () => (await ActivitiesAsync(reader, "ilo")).Count(a => a.GetProperty("title").GetString() == "Only with ILO") == 1,
            because: "the later message consumed, so the late revision was too");

        var newest = await WhoActivityAsync(reader, id, version: 3);
        Assert.Equal("Workshop on e-waste and child health", newest.GetProperty("title").GetString());
        Assert.DoesNotContain(await ActivitiesAsync(reader, "who"), a => a.GetProperty("title").GetString() == "Only with ILO");
        Assert.DoesNotContain(await ActivitiesAsync(reader, "ilo"), a => a.GetProperty("id").GetGuid() == id);

        await fixture.Bus.Publish(new ActivityWithdrawn { Activity = Activity(id, 4, "Workshop on e-waste and child health", ["who"]) with { Withdrawn = true } });
        await Eventually.TrueAsync(async () => (await ActivitiesAsync(reader, "who")).All(a => a.GetProperty("id").GetGuid() != id),
            because: "the withdrawn activity gone from who's activities");
    }

    private static async Task<System.Text.Json.JsonElement> WhoActivityAsync(HttpClient reader, Guid id, int version)
    {
        var found = await Eventually.ReturnsAsync(
            () => ActivitiesAsync(reader, "who"),
            items => items.Any(a => a.GetProperty("id").GetGuid() == id && a.GetProperty("version").GetInt32() == version),
            because: $"version {version} of the activity under who");
        return found.Single(a => a.GetProperty("id").GetGuid() == id);
    }

    private static async Task<List<System.Text.Json.JsonElement>> ActivitiesAsync(HttpClient reader, string partner) =>
        (await reader.GetJsonAsync($"/api/partners/organisations/{partner}/activities?pageSize=200")).GetProperty("items").EnumerateArray().ToList();

    private static ActivitySnapshot Activity(Guid id, int version, string title, IReadOnlyList<string> partners) => new()
    {
        Id = id,
        Convention = "stockholm",
        Version = version,
        Title = title,
        Type = "capacity-building",
        Status = "completed",
        Start = new DateOnly(2020, 11, 3),
        End = new DateOnly(2020, 11, 5),
        Partners = partners,
        Mandates = ["SC-9/19 7"],
        Participants = [new JointParticipantSnapshot { Convention = "basel", Status = "accepted", Mandates = ["BC-14/21 7"] }],
        RecordedAt = DateTimeOffset.UtcNow,
        UpdatedAt = DateTimeOffset.UtcNow,
    };
}
