namespace Platform.IntegrationTests.Partners;

/// <summary>
/// The partner-liaison service seeds its directory before Basel exists (Basel's queues were not
/// there to receive those events); Basel's request at start makes the directory announce itself.
/// </summary>
public sealed class LateReplicaFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    // Started in this order: the directory is seeded before Basel's bus binds its queues.
    protected override IReadOnlyCollection<string> Services => [PlatformServices.PartnerLiaison, PlatformServices.Basel];
}

public sealed class LateReplicaTests(LateReplicaFixture fixture) : IClassFixture<LateReplicaFixture>
{
    [Fact]
    public async Task Convention_service_started_after_the_directory_was_seeded_still_learns_every_partner()
    {
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));

        // The announced partners are applied concurrently: wait for the whole set the sample names.
        string[] sampleDirectory = ["unep", "undesa-statistics", "iomc", "saicm", "minamata", "e-waste-coalition", "who"];
        var known = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await basel.GetAsync("/api/basel/partners?pageSize=200");
                return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();
            },
            ids => sampleDirectory.All(ids.Contains),
            because: "the seeded directory in Basel's replica");

        Assert.Superset(sampleDirectory.ToHashSet(), known.ToHashSet());
        using var created = await basel.PostJsonAsync("/api/basel/activities", new
        {
            title = "Information on SDG follow-up made available to UNEP",
            type = "information-exchange",
            status = "completed",
            start = "2020-04-01",
            partners = new[] { "unep" },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
    }
}
