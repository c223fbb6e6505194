using System.Diagnostics;

namespace Platform.IntegrationTests.Operations;

/// <summary>What operations reads about a running deployable: its metrics for Prometheus and its full health report.</summary>
public sealed class OperationsReportsTests(OperationsFixture fixture) : IClassFixture<OperationsFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Theory]
    [InlineData("/ops/basel/metrics")]
    [InlineData("/ops/reporting/metrics")]
    [InlineData("/ops/gateway/metrics")]
    public async Task Ops_scrapes_http_server_metrics_in_prometheus_text(string path)
    {
        using var reader = Stack.Client(Stack.Tokens.For("reader", "reader"));
        using var ops = Stack.Client(fixture.OpsToken);
        foreach (var api in new[] { "/api/basel/activities", "/api/reports/activities" })
        {
            using var read = await reader.GetAsync(api);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        var scraped = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await ops.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            return await response.Content.ReadAsStringAsync();
        }, text => text.Contains("http_server_request_duration_seconds_bucket{", StringComparison.Ordinal),
            because: "requests to show in the metrics");

        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", scraped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ops_reads_a_service_health_report_with_every_check_and_its_duration()
    {
        using var ops = Stack.Client(fixture.OpsToken);

        var asked = Stopwatch.StartNew();
        using var response = await ops.GetAsync("/ops/reporting/health");
        var answeredWithin = asked.Elapsed.TotalMilliseconds;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks").EnumerateObject().ToDictionary(check => check.Name, check => check.Value);
        Assert.Contains("database", checks.Keys);
        Assert.Contains(checks.Keys, name => name.Contains("masstransit", StringComparison.OrdinalIgnoreCase));
        foreach (var (name, check) in checks)
        {
            Assert.True(check.GetProperty("status").GetString() == "Healthy", $"{name}: {check}");
            AssertDurationWithin(check, answeredWithin, name);
        }
    }

    [Fact]
    public async Task Ops_reads_the_gateway_health_report_with_each_service_reachability()
    {
        using var ops = Stack.Client(fixture.OpsToken);

        var asked = Stopwatch.StartNew();
        using var response = await ops.GetAsync("/ops/gateway/health");
        var answeredWithin = asked.Elapsed.TotalMilliseconds;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var services = (await response.ReadJsonAsync()).GetProperty("checks").GetProperty("services");
        Assert.Equal("reachable", services.GetProperty("data").GetProperty(PlatformServices.Basel).GetString());
        Assert.Equal("reachable", services.GetProperty("data").GetProperty(PlatformServices.Reporting).GetString());
        AssertDurationWithin(services, answeredWithin, "services");
    }

    // A check's duration is in milliseconds: more than nothing (it ran) and no longer than the request that reported it.
    private static void AssertDurationWithin(JsonElement check, double requestMilliseconds, string name)
    {
        var duration = check.GetProperty("durationMs");
        Assert.Equal(JsonValueKind.Number, duration.ValueKind);
        var milliseconds = duration.GetDouble();
        Assert.True(milliseconds > 0 && milliseconds <= requestMilliseconds,
            $"{name}: {milliseconds} ms, in a request answered within {requestMilliseconds} ms");
    }
}
