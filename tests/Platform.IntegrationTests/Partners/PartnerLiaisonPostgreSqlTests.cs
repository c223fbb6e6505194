using MassTransit;
using PartnerLiaison.Persistence;
using Platform.Contracts.Activities;

namespace Platform.IntegrationTests.Partners;

/// <summary>The partner-liaison service on PostgreSQL, chosen by connection string alone.</summary>
public sealed class PartnerLiaisonPostgreSqlFixture(SharedRabbitMq rabbitMq, SharedPostgres postgres) : StackFixture(rabbitMq)
{
    private string? _database;

    protected override IReadOnlyCollection<string> Services => [PlatformServices.PartnerLiaison];

    public SharedPostgres Postgres => postgres;

    public override async ValueTask InitializeAsync()
    {
        if (postgres.IsAvailable)
        {
            _database = await postgres.Server.CreateDatabaseAsync(ct: TestContext.Current.CancellationToken);
        }

        await base.InitializeAsync();
    }

    protected override PlatformStackOptions Customize(PlatformStackOptions options) =>
        options with { Database = service => service == PlatformServices.PartnerLiaison ? _database : null };
}

public sealed class PartnerLiaisonPostgreSqlTests(PartnerLiaisonPostgreSqlFixture fixture) : IClassFixture<PartnerLiaisonPostgreSqlFixture>
{
    [Fact]
    public async Task Directory_memberships_activities_and_the_manifest_work_on_postgresql()
    {
        _ = fixture.Postgres.Server; // skips (fails on CI) when no PostgreSQL can be had
        var stack = fixture.Stack;
        var service = stack.Service(PlatformServices.PartnerLiaison);
        using var team = stack.Client(stack.Tokens.For("liaison-officer", "liaison-team"));

        var iomc = await team.GetJsonAsync("/api/partners/organisations/iomc");
        Assert.Contains("who", iomc.GetProperty("participatingOrganisations").Ids());
        Assert.Contains("e-waste-coalition", (await team.GetJsonAsync("/api/partners/organisations/who")).GetProperty("coalitions").EnumerateArray().Select(c => c.GetString()));

        var membership = (await team.GetJsonAsync("/api/partners/memberships?partner=iomc")).GetProperty("items")[0].GetProperty("id").GetString();
        using var applied = await team.PostJsonAsync($"/api/partners/memberships/{membership}/status-changes", new { status = "applied", on = "2020-04-01" });
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);

        var activity = Guid.NewGuid();
        await service.Services.GetRequiredService<IBus>().Publish(new ActivityRecorded
        {
            Activity = new ActivitySnapshot
            {
                Id = activity, Convention = "basel", Version = 1, Title = "E-waste statistics workshop", Type = "meeting",
                Status = "completed", Start = new DateOnly(2020, 6, 1), Partners = ["who", "unu"],
                RecordedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            },
        });
        await Eventually.TrueAsync(
            async () => (await team.GetJsonAsync("/api/partners/organisations/unu/activities")).GetProperty("items").Ids().Contains(activity.ToString()),
            because: "the activity under unu");

        var manifest = await team.GetJsonAsync("/api/partners/contributions?from=2020-01-01&to=2020-12-31");
        Assert.Contains(manifest.GetProperty("items").EnumerateArray(), item =>
            item.GetProperty("kind").GetString() == "membership" && item.GetProperty("id").GetString() == membership && item.GetProperty("version").GetInt32() == 2);

        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerLiaisonDbContext>();
        Assert.True(db.Database.IsNpgsql());
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), name => name.EndsWith("_Initial", StringComparison.Ordinal));
    }
}
