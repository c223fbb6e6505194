using Gateway;
using Platform.Testing.Internal;
using OperationsPortSetting = Gateway.Operations.OperationsPort;

namespace Platform.IntegrationTests.Operations;

/// <summary>The gateway alone, listening on a public port and on the operations port it is configured with.</summary>
public sealed class OperationsPortFixture : IAsyncDisposable
{
    public OperationsPortFixture()
    {
        var ports = Ports.FindFree(2);
        OperationsPort = ports[1];
        var settings = new Dictionary<string, string?>(Tokens.Settings) { [OperationsPortSetting.SettingName] = $"{OperationsPort}" };
        Gateway = ServiceHost<GatewayService>.Start("gateway", settings, port: ports[0], alsoListenOn: [OperationsPort]);
    }

    public TestTokens Tokens { get; } = new();

    public IServiceHost Gateway { get; }

    public int OperationsPort { get; }

    public HttpClient Public(string? token = null) => Client(Gateway.Address, token);

    public HttpClient Operations(string? token = null) =>
        Client(new UriBuilder(Gateway.Address) { Port = OperationsPort }.Uri, token);

    public ValueTask DisposeAsync() => Gateway.DisposeAsync();

    private static HttpClient Client(Uri address, string? token)
    {
        var client = new HttpClient { BaseAddress = address };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return client;
    }
}

/// <summary>
/// With an operations port configured, <c>/ops</c> is served there alone, so that a network rule
/// on that port keeps operations to the operators' network.
/// </summary>
public sealed class OperationsPortTests(OperationsPortFixture fixture) : IClassFixture<OperationsPortFixture>
{
    private string OpsToken => fixture.Tokens.For("operator", "ops");

    [Theory]
    [InlineData("/ops/gateway/metrics")]
    [InlineData("/ops/gateway/health")]
    [InlineData("/ops/basel/health")]
    public async Task Ops_path_answers_404_on_the_public_port_even_to_ops(string path)
    {
        using var ops = fixture.Public(OpsToken);

        using var response = await ops.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Ops_path_answers_on_the_operations_port_to_ops_alone()
    {
        using var anonymous = fixture.Operations();
        using var reader = fixture.Operations(fixture.Tokens.For("reader", "reader"));
        using var ops = fixture.Operations(OpsToken);

        using var noToken = await anonymous.GetAsync("/ops/gateway/metrics");
        using var asReader = await reader.GetAsync("/ops/gateway/metrics");
        using var asOps = await ops.GetAsync("/ops/gateway/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asReader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asOps.StatusCode);
    }

    [Theory]
    [InlineData("/api/basel/activities")]
    [InlineData("/openapi/basel.json")]
    [InlineData("/api-reference")]
    public async Task Operations_port_serves_nothing_but_ops_and_health(string path)
    {
        using var ops = fixture.Operations(OpsToken);

        using var response = await ops.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_probes_answer_on_both_ports()
    {
        using var publicPort = fixture.Public();
        using var operationsPort = fixture.Operations();

        using var onPublic = await publicPort.GetAsync("/health/live");
        using var onOperations = await operationsPort.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, onPublic.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onOperations.StatusCode);
    }
}
