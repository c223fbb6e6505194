using Platform.IntegrationTests.Hosting;

namespace Platform.Benchmarks.EndToEnd.Processes;

/// <summary>
/// The whole platform as separate processes from its build output, configured through environment
/// variables the way <c>deploy/AppHost</c> and <c>docker-compose.yml</c> configure it: the five
/// services, the web application and the gateway in front of them, in the Development environment
/// (which the local run uses), on one broker, each with its own database, exporting telemetry over
/// OTLP when given an endpoint. The gateway also routes <c>/api/trivial/**</c> to the benchmark's
/// trivial backend, under the same policy, limit and timeout as a service's route, so that its own
/// cost can be set beside bare YARP's.
/// </summary>
internal sealed class PlatformProcesses
{
    public const string WebApp = "webapp";
    public const string GatewayName = "gateway";
    public const string TrivialRoute = "/api/trivial/";

    private static readonly (string Name, string Project, string Assembly)[] Services =
    [
        (PlatformServices.Basel, "services/Basel", "Basel"),
        (PlatformServices.Rotterdam, "services/Rotterdam", "Rotterdam"),
        (PlatformServices.Stockholm, "services/Stockholm", "Stockholm"),
        (PlatformServices.PartnerLiaison, "services/PartnerLiaison", "PartnerLiaison"),
        (PlatformServices.Reporting, "services/Reporting", "Reporting"),
    ];

    private readonly RunEnvironment _run;
    private readonly Dictionary<string, Deployable> _deployables;

    private PlatformProcesses(RunEnvironment run, Dictionary<string, Deployable> deployables)
    {
        _run = run;
        _deployables = deployables;
    }

    /// <summary>Every deployable by name (the services, <c>webapp</c>, <c>gateway</c>), in start order.</summary>
    public IReadOnlyDictionary<string, Deployable> Deployables => _deployables;

    public Deployable Gateway => _deployables[GatewayName];

    public Deployable Service(string name) => _deployables[name];

    public static async Task<PlatformProcesses> StartAsync(RunEnvironment run, PlatformConfiguration configuration)
    {
        var common = new Dictionary<string, string?>(run.Tokens.Settings.ToDictionary(s => EnvironmentName(s.Key), s => s.Value))
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        };
        foreach (var (key, value) in Telemetry(configuration.TelemetryEndpoint))
        {
            common[key] = value;
        }

        var deployables = new Dictionary<string, Deployable>();
        var processes = new PlatformProcesses(run, deployables);
        try
        {
            var ports = Services.ToDictionary(service => service.Name, _ => RunEnvironment.FreePort());
            foreach (var (name, project, assembly) in Services)
            {
                var environment = new Dictionary<string, string?>(common)
                {
                    ["ConnectionStrings__rabbitmq"] = configuration.Broker?.Invoke(name) ?? configuration.RabbitMq,
                    ["ConnectionStrings__database"] = configuration.Database(name),
                };
                foreach (var (key, value) in configuration.ServiceSettings)
                {
                    environment[key] = value;
                }

                if (name == PlatformServices.Reporting)
                {
                    // A report run asks each source directly, as in docker-compose.yml.
                    foreach (var source in Services.Where(s => s.Name != PlatformServices.Reporting))
                    {
                        environment[$"Reporting__Sources__{source.Name}"] = $"http://127.0.0.1:{ports[source.Name]}/";
                    }
                }

                deployables[name] = run.StartDeployable(name, project, assembly, environment, ports[name]);
            }

            var gatewayPort = RunEnvironment.FreePort();
            deployables[WebApp] = run.StartDeployable(WebApp, "services/WebApp", "WebApp", new Dictionary<string, string?>(common)
            {
                ["Gateway__Address"] = $"http://127.0.0.1:{gatewayPort}/",
            });

            var gateway = new Dictionary<string, string?>(common);
            foreach (var (name, deployable) in deployables)
            {
                gateway[$"ReverseProxy__Clusters__{name}__Destinations__primary__Address"] = deployable.Address.ToString();
            }

            foreach (var (key, value) in TrivialRouteSettings(configuration.TrivialBackend))
            {
                gateway[key] = value;
            }

            deployables[GatewayName] = run.StartDeployable(GatewayName, "gateway", "Gateway", gateway, gatewayPort);

            await Task.WhenAll(deployables.Values.Select(d => d.WaitUntilReadyAsync("/health/ready", TimeSpan.FromMinutes(3), run.CancellationToken)));
            return processes;
        }
        catch
        {
            await processes.StopAsync();
            throw;
        }
    }

    /// <summary>Restarts one deployable on its port and data with its telemetry exported to <paramref name="endpoint"/>, or not exported at all.</summary>
    public async Task RestartAsync(string name, Uri? endpoint)
    {
        var deployable = _deployables[name];
        await deployable.RestartAsync(Telemetry(endpoint));
        await deployable.WaitUntilReadyAsync("/health/ready", TimeSpan.FromMinutes(2), _run.CancellationToken);
    }

    /// <summary>Stops the gateway first, then everything behind it.</summary>
    public async Task StopAsync()
    {
        if (_deployables.TryGetValue(GatewayName, out var gateway))
        {
            await _run.StopAsync(gateway);
        }

        await Task.WhenAll(_deployables.Values.Where(d => d.Name != GatewayName).Select(_run.StopAsync));
    }

    /// <summary>OTLP over HTTP to the benchmark's sink, or no exporter at all (null removes the variables).</summary>
    private static Dictionary<string, string?> Telemetry(Uri? endpoint) => new()
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = endpoint?.ToString().TrimEnd('/'),
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = endpoint is null ? null : "http/protobuf",
    };

    private static Dictionary<string, string?> TrivialRouteSettings(Uri? backend)
    {
        if (backend is null)
        {
            return [];
        }

        const string route = "ReverseProxy__Routes__benchmark-trivial__";
        return new Dictionary<string, string?>
        {
            [route + "ClusterId"] = "benchmark-trivial",
            [route + "AuthorizationPolicy"] = "team-writes",
            [route + "RateLimiterPolicy"] = "per-client",
            [route + "MaxRequestBodySize"] = "262144",
            [route + "Timeout"] = "00:00:30",
            [route + "Match__Path"] = TrivialRoute + "{**remainder}",
            ["ReverseProxy__Clusters__benchmark-trivial__Destinations__primary__Address"] = backend.ToString(),
        };
    }

    private static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);
}

/// <summary>How one platform run is wired: its broker, each service's database, where telemetry goes, the trivial backend the gateway also routes to.</summary>
internal sealed record PlatformConfiguration(string RabbitMq, Func<string, string> Database, Uri? TelemetryEndpoint, Uri? TrivialBackend)
{
    /// <summary>The broker (amqp URI) of one service when it is not <see cref="RabbitMq"/>: a proxy in front of it, say.</summary>
    public Func<string, string?>? Broker { get; init; }

    /// <summary>Environment variables every service gets on top of its own.</summary>
    public IReadOnlyDictionary<string, string?> ServiceSettings { get; init; } = new Dictionary<string, string?>();
}
