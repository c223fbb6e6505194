namespace Platform.IntegrationTests.Operations;

/// <summary>Everything under <c>/ops</c> is for the <c>ops</c> role alone, at the gateway and again in each service.</summary>
public sealed class OperationsAccessTests(OperationsFixture fixture) : IClassFixture<OperationsFixture>
{
    private PlatformStack Stack => fixture.Stack;

    public static TheoryData<string> GatewayPaths => new(
        "/ops/reporting/health", "/ops/reporting/metrics", "/ops/reporting/dead-letters",
        "/ops/basel/health", "/ops/basel/metrics", "/ops/basel/dead-letters",
        "/ops/gateway/health", "/ops/gateway/metrics");

    [Theory]
    [MemberData(nameof(GatewayPaths))]
    public async Task Ops_path_answers_401_without_a_token_403_to_every_other_role_and_200_to_ops(string path)
    {
        using var anonymous = Stack.Client();
        using var refusedAnonymously = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedAnonymously.StatusCode);

        foreach (var role in new[] { "basel-team", "rotterdam-team", "liaison-team", "report-compiler", "reader" })
        {
            using var client = Stack.Client(Stack.Tokens.For("someone", role));
            using var refused = await client.GetAsync(path);
            Assert.True(refused.StatusCode == HttpStatusCode.Forbidden, $"{role} reading {path}: {(int)refused.StatusCode}");
        }

        using var ops = Stack.Client(fixture.OpsToken);
        using var answered = await ops.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    [Theory]
    [InlineData("/ops/health")]
    [InlineData("/ops/metrics")]
    [InlineData("/ops/dead-letters")]
    public async Task Service_called_directly_keeps_its_ops_endpoints_to_ops(string path)
    {
        using var anonymous = Stack.Client(service: PlatformServices.Reporting);
        using var reader = Stack.Client(Stack.Tokens.For("reader", "reader"), PlatformServices.Reporting);
        using var ops = Stack.Client(fixture.OpsToken, PlatformServices.Reporting);

        using var noToken = await anonymous.GetAsync(path);
        using var asReader = await reader.GetAsync(path);
        using var asOps = await ops.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asReader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asOps.StatusCode);
    }

    [Fact]
    public async Task Health_probes_stay_anonymous_for_orchestrators()
    {
        foreach (var service in new string?[] { null, PlatformServices.Basel, PlatformServices.Reporting })
        {
            using var anonymous = Stack.Client(service: service);
            using var live = await anonymous.GetAsync("/health/live");
            using var ready = await anonymous.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
    }

    [Theory]
    [InlineData("/ops/unknown/metrics")]
    [InlineData("/ops/partners/metrics")]
    public async Task Ops_path_naming_no_deployable_answers_404(string path)
    {
        using var ops = Stack.Client(fixture.OpsToken);

        using var response = await ops.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
