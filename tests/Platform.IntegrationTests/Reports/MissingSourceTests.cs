using System.Diagnostics;

namespace Platform.IntegrationTests.Reports;

/// <summary>
/// Reporting is told to find the Stockholm service on a port where nothing answers, and
/// LibreOffice where it is not installed.
/// </summary>
public sealed class MissingSourceFixture(SharedRabbitMq rabbitMq) : ReportsFixture(rabbitMq)
{
    public const string MissingSoffice = "/nonexistent/libreoffice/program/soffice";

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options with
    {
        Settings = new Dictionary<string, string?>
        {
            ["Reporting:Sources:stockholm"] = $"http://127.0.0.1:{ClosedPort()}/",
            ["Reporting:LibreOffice:Path"] = MissingSoffice,
        },
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
    public async Task Pdf_where_libreoffice_is_not_installed_is_503_saying_what_is_missing_while_word_still_downloads()
    {
        var location = await fixture.StartRunAsync(deadlineSeconds: 3);
        await fixture.RunAsync(location, TimeSpan.FromSeconds(30));
        using var reader = fixture.Reader();

        using var pdf = await reader.GetAsync($"{location}/document?format=pdf");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
        var problem = await pdf.ReadJsonAsync();
        Assert.Equal("PDF is not available on this server.", problem.GetProperty("title").GetString());
        Assert.Contains("LibreOffice (soffice)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var word = await reader.GetAsync($"{location}/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
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
