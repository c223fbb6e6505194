using System.Diagnostics;

namespace Platform.IntegrationTests.Reports;

/// <summary>Reporting is told to find the Stockholm service on a port where nothing answers.</summary>
public sealed class MissingSourceFixture(SharedRabbitMq rabbitMq) : ReportsFixture(rabbitMq)
{
    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options with
    {
        Settings = new Dictionary<string, string?> { ["Reporting:Sources:stockholm"] = $"http://127.0.0.1:{ClosedPort()}/" },
    };
}

public sealed class MissingSourceTests(MissingSourceFixture fixture) : IClassFixture<MissingSourceFixture>
{
    [Fact]
    public async Task A_source_that_does_not_answer_makes_the_report_partial_and_named_within_its_deadline()
    {
        await fixture.ImportSampleDecisionsAsync();
        var clock = Stopwatch.StartNew();
        var location = await fixture.StartRunAsync(deadlineSeconds: 3);

        var run = await fixture.RunAsync(location, TimeSpan.FromSeconds(30));
        clock.Stop();

        Assert.Equal("partial", run.GetProperty("state").GetString());
        Assert.Equal(["stockholm"], run.GetProperty("missingSources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("missing", ReportsFixture.Source(run, "stockholm").GetProperty("state").GetString());
        Assert.Equal("answered", ReportsFixture.Source(run, "basel").GetProperty("state").GetString());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the run took {clock.Elapsed}");
        var report = await fixture.ReportJsonAsync(location);
        Assert.Equal("partial", report.GetProperty("status").GetString());
        Assert.Equal(["stockholm"], report.GetProperty("missingSources").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_run_request_with_bad_fields_is_refused_naming_each_field()
    {
        using var compiler = fixture.Compiler();
        using var response = await compiler.PostJsonAsync("/api/reports", new
        {
            kind = "annual",
            from = "2021-13-01",
            to = "2021-07-31",
            decisions = Array.Empty<string>(),
            meetings = new { basel = 15, rotterdam = 0 },
            deadlineSeconds = 100000,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            new HashSet<string> { "kind", "from", "decisions", "meetings.rotterdam", "meetings.stockholm", "deadlineSeconds" },
            (await response.ReadJsonAsync()).ErrorFields());
        using var unknown = await compiler.GetAsync($"/api/reports/{Guid.NewGuid()}/document?format=json");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
