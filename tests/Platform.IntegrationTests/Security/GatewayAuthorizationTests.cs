using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Platform.IntegrationTests.Security;

/// <summary>Counts the requests that reach a service (under <c>/api</c>, or the prefix given), to tell a refusal at the gateway from one at the service.</summary>
public sealed class ArrivedRequests(string pathPrefix = "/api") : IStartupFilter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Path.StartsWithSegments(pathPrefix))
            {
                Interlocked.Increment(ref _count);
            }

            return following(context);
        });
        next(app);
    };
}

public sealed class TeamWritesFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public ArrivedRequests AtRotterdam { get; } = new();

    public ArrivedRequests AtReporting { get; } = new();

    protected override IReadOnlyCollection<string> Services =>
        [PlatformServices.Basel, PlatformServices.Rotterdam, PlatformServices.Reporting];

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options
        .Intercept(PlatformServices.Rotterdam, AtRotterdam)
        .Intercept(PlatformServices.Reporting, AtReporting);
}

/// <summary>The gateway lets a team change only its own service, before the call reaches any service.</summary>
public sealed class GatewayAuthorizationTests(TeamWritesFixture fixture) : IClassFixture<TeamWritesFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Basel_team_writing_to_rotterdam_is_refused_at_the_gateway_and_rotterdam_is_unchanged()
    {
        var token = Stack.Tokens.For("basel-member", "basel-team");
        using var viaGateway = Stack.Client(token);
        using var direct = Stack.Client(token, PlatformServices.Rotterdam);
        var before = await RotterdamActivityCountAsync();
        var arrivedBefore = fixture.AtRotterdam.Count;

        using var refused = await viaGateway.PostJsonAsync("/api/rotterdam/activities", ApiJson.ValidActivity());

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(arrivedBefore, fixture.AtRotterdam.Count);
        Assert.Equal(before, await RotterdamActivityCountAsync());

        using var refusedByService = await direct.PostJsonAsync("/api/rotterdam/activities", ApiJson.ValidActivity());

        Assert.Equal(HttpStatusCode.Forbidden, refusedByService.StatusCode);
        Assert.Equal(before, await RotterdamActivityCountAsync());
    }

    [Fact]
    public async Task Rotterdam_team_writes_to_rotterdam_through_the_gateway()
    {
        using var client = Stack.Client(Stack.Tokens.For("rotterdam-member", "rotterdam-team"));
        var before = await RotterdamActivityCountAsync();

        using var response = await client.PostJsonAsync("/api/rotterdam/activities", ApiJson.ValidActivity());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(before + 1, await RotterdamActivityCountAsync());
    }

    [Fact]
    public async Task Reader_starting_a_report_run_is_refused_at_the_gateway()
    {
        using var client = Stack.Client(Stack.Tokens.For("reader", "reader"));
        var before = await ReportRunCountAsync();
        var arrivedBefore = fixture.AtReporting.Count;

        using var response = await client.PostJsonAsync("/api/reports", new
        {
            kind = "international-cooperation",
            from = "2019-05-11",
            to = "2021-07-31",
            decisions = new[] { "BC-14/21" },
            meetings = new { basel = 15, rotterdam = 10, stockholm = 10 },
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(arrivedBefore, fixture.AtReporting.Count);
        Assert.Equal(before, await ReportRunCountAsync());
    }

    [Theory]
    [InlineData("basel-team", "basel")]
    [InlineData("rotterdam-team", "rotterdam")]
    [InlineData("stockholm-team", "stockholm")]
    public async Task A_convention_team_reaches_the_reporting_service_with_a_review_and_with_no_other_write(string role, string convention)
    {
        using var client = Stack.Client(Stack.Tokens.For("team-member", role));
        var run = Guid.NewGuid();
        var arrivedBefore = fixture.AtReporting.Count;

        foreach (var path in new[] { $"/api/reports/{run}/submit", $"/api/reports/{run}/issue", "/api/reports" })
        {
            using var write = await client.PostJsonAsync(path, new { });
            Assert.True(write.StatusCode == HttpStatusCode.Forbidden, $"{role} posting to {path}: {(int)write.StatusCode}");
        }

        using (var edit = await client.PutAsJsonAsync($"/api/reports/{run}/sections/introduction", new { text = "Ours." }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        }

        Assert.Equal(arrivedBefore, fixture.AtReporting.Count);

        // Past the gateway, the service answers for itself: there is no such run.
        using var review = await client.PostJsonAsync($"/api/reports/{run}/reviews", new { convention, decision = "cleared" });
        Assert.Equal(HttpStatusCode.NotFound, review.StatusCode);
        Assert.Equal(arrivedBefore + 1, fixture.AtReporting.Count);
    }

    [Theory]
    [InlineData("report-compiler")]
    [InlineData("liaison-team")]
    [InlineData("reader")]
    public async Task Only_a_convention_team_passes_the_gateway_with_a_review(string role)
    {
        using var client = Stack.Client(Stack.Tokens.For("someone", role));
        var arrivedBefore = fixture.AtReporting.Count;

        using var review = await client.PostJsonAsync($"/api/reports/{Guid.NewGuid()}/reviews", new { convention = "basel", decision = "cleared" });

        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        Assert.Equal(arrivedBefore, fixture.AtReporting.Count);
    }

    [Theory]
    [InlineData("/api/unknown/activities")]
    [InlineData("/api/rotterdamx/activities")]
    [InlineData("/ops/rotterdamx/health")]
    [InlineData("/api")]
    public async Task Unmapped_path_answers_404_without_reaching_a_service(string path)
    {
        using var client = Stack.Client(Stack.Tokens.For("rotterdam-member", "rotterdam-team"));
        var arrivedBefore = fixture.AtRotterdam.Count + fixture.AtReporting.Count;

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(arrivedBefore, fixture.AtRotterdam.Count + fixture.AtReporting.Count);
    }

    public static TheoryData<string> Roles => new(
        "basel-team", "rotterdam-team", "stockholm-team", "liaison-team", "report-compiler", "ops", "reader");

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_role_reads_every_service_through_the_gateway(string role)
    {
        using var client = Stack.Client(Stack.Tokens.For("someone", role));

        foreach (var path in new[] { "/api/basel/activities", "/api/rotterdam/activities", "/api/reports/activities", "/api/reports" })
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} reading {path}: {(int)response.StatusCode}");
        }
    }

    private async Task<int> RotterdamActivityCountAsync()
    {
        await using var scope = Stack.Service(PlatformServices.Rotterdam).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().Activities.CountAsync();
    }

    private async Task<int> ReportRunCountAsync()
    {
        await using var scope = Stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().ReportRuns.CountAsync();
    }
}
