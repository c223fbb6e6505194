namespace Platform.IntegrationTests.Persistence;

/// <summary>Basel and Reporting on PostgreSQL, chosen by connection string alone: migrations, outbox and inbox work there too.</summary>
public class PostgreSqlFixture(SharedRabbitMq rabbitMq, SharedPostgres postgres) : StackFixture(rabbitMq)
{
    private readonly Dictionary<string, string> _databases = [];

    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel, PlatformServices.Reporting];

    public override async ValueTask InitializeAsync()
    {
        if (postgres.IsAvailable)
        {
            foreach (var service in Services)
            {
                _databases[service] = await postgres.Server.CreateDatabaseAsync(ct: TestContext.Current.CancellationToken);
            }
        }

        await base.InitializeAsync();
    }

    public SharedPostgres Postgres => postgres;

    protected override PlatformStackOptions Customize(PlatformStackOptions options) =>
        options with { Database = service => _databases.GetValueOrDefault(service) };
}

public sealed class PostgreSqlFlowTests(PostgreSqlFixture fixture) : IClassFixture<PostgreSqlFixture>
{
    [Fact]
    public async Task Activity_flows_from_basel_to_reporting_when_both_run_on_postgresql()
    {
        _ = fixture.Postgres.Server; // skips (fails on CI) when no PostgreSQL can be had
        var stack = fixture.Stack;
        using var client = stack.Client(stack.Tokens.For("basel-member", "basel-team"));

        using var created = await client.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity("Stored in PostgreSQL"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetString()!;

        var reported = await Eventually.ReturnsAsync(
            () => client.ReportedActivitiesAsync(id), found => found.Count > 0, because: "the activity in Reporting");
        Assert.Equal("Stored in PostgreSQL", Assert.Single(reported).GetProperty("title").GetString());

        await using var baselScope = stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        var basel = baselScope.ServiceProvider.GetRequiredService<ConventionDbContext>();
        Assert.True(basel.Database.IsNpgsql());
        Assert.Contains(await basel.Database.GetAppliedMigrationsAsync(), name => name.EndsWith("_Initial", StringComparison.Ordinal));

        await using var reportingScope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var reporting = reportingScope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        Assert.True(reporting.Database.IsNpgsql());
        Assert.Equal(1, await reporting.InboxMessages.CountAsync());
    }
}
