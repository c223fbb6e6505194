using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace Platform.Benchmarks.EndToEnd.Baselines;

/// <summary>
/// The two servers the HTTP baselines are measured against, each run as a process of its own (this
/// benchmark's executable with <c>trivial-backend</c> or <c>bare-proxy</c>), as the gateway is: Kestrel
/// answering a small JSON document to any GET, and YARP with nothing but one catch-all route in front of it.
/// Neither logs: the baselines are what the parts cost, with nothing of ours added.
/// </summary>
internal static class BaselineServers
{
    public const string TrivialBackend = "trivial-backend";
    public const string BareProxy = "bare-proxy";

    private const string Document = """{"status":"ok","service":"trivial"}""";

    /// <summary><c>trivial-backend</c>: listens where <c>ASPNETCORE_URLS</c> says.</summary>
    public static async Task<int> RunTrivialBackendAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/{**path}", () => Results.Text(Document, "application/json"));
        await app.RunAsync();
        return 0;
    }

    /// <summary><c>bare-proxy --Destination http://...</c>: every request to that one destination.</summary>
    public static async Task<int> RunBareProxyAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        var destination = builder.Configuration["Destination"] ?? throw new ArgumentException("bare-proxy needs --Destination.");
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "backend", Match = new RouteMatch { Path = "{**catch-all}" } }],
            [new ClusterConfig
            {
                ClusterId = "backend",
                Destinations = new Dictionary<string, DestinationConfig> { ["backend"] = new() { Address = destination } },
            }]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.RunAsync();
        return 0;
    }
}
