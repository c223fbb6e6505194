using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Platform.IntegrationTests.Security;

/// <summary>Makes Basel take <see cref="Delay"/> to answer one path, as an overloaded service would.</summary>
public sealed class SlowPath(PathString path, TimeSpan delay) : IStartupFilter
{
    public TimeSpan Delay { get; } = delay;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            if (context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
            {
                await Task.Delay(Delay, context.RequestAborted);
            }

            await following(context);
        });
        next(app);
    };
}

public sealed class ShortRouteTimeoutFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public static readonly TimeSpan RouteTimeout = TimeSpan.FromSeconds(1);

    public SlowPath SlowActivities { get; } = new("/api/basel/activities", TimeSpan.FromSeconds(10));

    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel];

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => (options with
        {
            GatewaySettings = new Dictionary<string, string?>
            {
                ["ReverseProxy:Routes:basel:Timeout"] = RouteTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            },
        })
        .Intercept(PlatformServices.Basel, SlowActivities);
}

/// <summary>A service slower than its route's timeout is cut off by the gateway, which answers 504.</summary>
public sealed class GatewayTimeoutTests(ShortRouteTimeoutFixture fixture) : IClassFixture<ShortRouteTimeoutFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Service_slower_than_its_route_timeout_answers_504_within_the_timeout_plus_one_second()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));

        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync("/api/basel/activities");
        clock.Stop();

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.True(clock.Elapsed < ShortRouteTimeoutFixture.RouteTimeout + TimeSpan.FromSeconds(1),
            $"504 after {clock.Elapsed.TotalSeconds:0.00} s; the route's timeout is {ShortRouteTimeoutFixture.RouteTimeout.TotalSeconds} s.");
        Assert.True(clock.Elapsed < fixture.SlowActivities.Delay, "The gateway waited for the slow service instead of cutting it off.");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(504, problem.GetProperty("status").GetInt32());
        Assert.Contains("basel", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_calls_on_the_same_route_are_served_while_one_path_is_slow()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));

        using var response = await client.GetAsync("/api/basel/decisions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
