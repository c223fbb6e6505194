namespace Platform.IntegrationTests.Http;

/// <summary>
/// A convention service and the partner-liaison service behind the gateway: between them every
/// versioned resource and every list the platform's HTTP conventions cover. The three convention
/// deployables host one library, so Basel stands for all three.
/// </summary>
public abstract class HttpConventionsFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel, PlatformServices.PartnerLiaison];

    public HttpClient BaselTeam() => Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));

    public HttpClient LiaisonTeam() => Stack.Client(Stack.Tokens.For("liaison-officer", "liaison-team"));

    public HttpClient Reader() => Stack.Client(Stack.Tokens.For("reader", "reader"));
}

/// <summary>Each service on its default SQLite database.</summary>
public sealed class SqliteHttpConventionsFixture(SharedRabbitMq rabbitMq) : HttpConventionsFixture(rabbitMq);

/// <summary>Each service on a PostgreSQL database of its own, chosen by connection string alone.</summary>
public sealed class PostgreSqlHttpConventionsFixture(SharedRabbitMq rabbitMq, SharedPostgres postgres) : HttpConventionsFixture(rabbitMq)
{
    private readonly Dictionary<string, string> _databases = [];

    public override async ValueTask InitializeAsync()
    {
        // Without PostgreSQL no stack starts, and each test is skipped (failed on CI) when it asks for it.
        if (!postgres.IsAvailable)
        {
            return;
        }

        foreach (var service in Services)
        {
            _databases[service] = await postgres.Server.CreateDatabaseAsync(ct: TestContext.Current.CancellationToken);
        }

        await base.InitializeAsync();
    }

    protected override PlatformStackOptions Customize(PlatformStackOptions options) =>
        options with { Database = service => _databases.GetValueOrDefault(service) };
}
