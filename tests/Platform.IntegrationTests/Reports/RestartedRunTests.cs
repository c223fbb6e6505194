using System.Net.Sockets;

namespace Platform.IntegrationTests.Reports;

/// <summary>
/// Reporting first looks for the Stockholm service at an address that accepts connections and
/// never answers, so a run stays collecting until the service is restarted with the right one.
/// </summary>
public sealed class SilentSourceFixture(SharedRabbitMq rabbitMq) : ReportsFixture(rabbitMq), IAsyncDisposable
{
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);

    protected override PlatformStackOptions Customize(PlatformStackOptions options)
    {
        _silent.Start();
        return options with
        {
            Settings = new Dictionary<string, string?>
            {
                ["Reporting:Sources:stockholm"] = $"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}/",
            },
        };
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        _silent.Dispose();
    }
}

public sealed class RestartedRunTests(SilentSourceFixture fixture) : IClassFixture<SilentSourceFixture>
{
    [Fact]
    public async Task A_run_interrupted_by_a_restart_of_the_reporting_service_resumes_and_completes()
    {
        await fixture.ImportSampleDecisionsAsync();
        var activity = await fixture.RecordAsync("stockholm", "Stockholm regional centres meeting", "2020-09-01", "2020-09-03", ["SC-9/18 9"]);
        var location = await fixture.StartRunAsync(deadlineSeconds: 120);
        var collecting = await Eventually.ReturnsAsync(
            async () => await fixture.RunAsync(location, null, "collecting"),
            run => ReportsFixture.Source(run, "basel").GetProperty("state").GetString() == "answered",
            because: "the run to hear from Basel while it still waits for Stockholm");
        Assert.Equal("pending", ReportsFixture.Source(collecting, "stockholm").GetProperty("state").GetString());

        await fixture.Stack.RestartAsync(PlatformServices.Reporting, new Dictionary<string, string?>
        {
            ["Reporting:Sources:stockholm"] = fixture.Stack.Service(PlatformServices.Stockholm).Address.ToString(),
        });

        var run = await fixture.RunAsync(location, TimeSpan.FromSeconds(60));
        Assert.Equal("completed", run.GetProperty("state").GetString());
        Assert.Equal("answered", ReportsFixture.Source(run, "stockholm").GetProperty("state").GetString());
        Assert.Contains(activity, (await fixture.ReportJsonAsync(location)).GetProperty("activities").EnumerateArray()
            .Select(a => a.GetProperty("id").GetString()));
    }
}
