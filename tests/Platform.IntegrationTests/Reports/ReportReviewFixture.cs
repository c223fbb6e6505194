using MassTransit;
using Platform.IntegrationTests.Partners;

namespace Platform.IntegrationTests.Reports;

/// <summary>All five services behind the gateway, with a record of what the reporting service published.</summary>
public class ReportReviewFixture(SharedRabbitMq rabbitMq) : ReportsFixture(rabbitMq)
{
    public PublishedMessages PublishedByReporting { get; } = new();

    protected override PlatformStackOptions Customize(PlatformStackOptions options) =>
        options.ConfigureHost(PlatformServices.Reporting, services => services.AddPublishObserver(_ => PublishedByReporting));

    public HttpClient As(string subject, string role) => Stack.Client(Stack.Tokens.For(subject, role));

    /// <summary>How long an issue may take: every format in every language, PDFs through LibreOffice (the gateway's route allows five minutes).</summary>
    public static readonly TimeSpan IssueTimeout = TimeSpan.FromMinutes(5);

    /// <summary>A report compiler's client that waits as long as an issue may take.</summary>
    public HttpClient Issuer()
    {
        var client = As("compiler", "report-compiler");
        client.Timeout = IssueTimeout;
        return client;
    }

    /// <summary>A run of the sample scenario, compiled; answers its location.</summary>
    public async Task<string> CompiledRunAsync()
    {
        await ImportSampleDecisionsAsync();
        await RecordAsync("basel", $"Regional workshop on e-waste statistics {Guid.NewGuid():N}", "2020-02-10", "2020-02-12", ["BC-14/21 6(b)"]);
        var location = await StartRunAsync();
        Assert.Equal("completed", (await RunAsync(location)).GetProperty("state").GetString());
        return location;
    }

    /// <summary>Sends a body (or none) with an <c>If-Match</c> header.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path)
        {
            Content = body is null ? null : JsonContent.Create(body, options: JsonSerializerOptions.Web),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }
}

/// <summary>The same, with the reporting service on PostgreSQL, where two moves at once race for a row rather than for the whole database.</summary>
public sealed class ReportReviewPostgreSqlFixture(SharedRabbitMq rabbitMq, SharedPostgres postgres) : ReportReviewFixture(rabbitMq)
{
    private string? _database;

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
        base.Customize(options) with { Database = service => service == PlatformServices.Reporting ? _database : null };
}
