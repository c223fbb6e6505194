using System.Net.Http.Headers;
using Basel;
using Gateway;
using Microsoft.AspNetCore.Hosting;
using PartnerLiaison;
using Reporting;
using Rotterdam;
using Stockholm;
using WebApp;

namespace Platform.IntegrationTests.Hosting;

/// <summary>
/// A running platform for one test class: the chosen services and the gateway in front of them,
/// on real sockets, a real broker and real databases (SQLite files in a temporary folder unless
/// a test hands in PostgreSQL connection strings).
/// </summary>
public sealed class PlatformStack : IAsyncDisposable
{
    private readonly Dictionary<string, IServiceHost> _services;
    private readonly List<IServiceHost> _replicas = [];
    private readonly string _dataFolder;
    private readonly Dictionary<string, Dictionary<string, string?>> _serviceSettings = new(StringComparer.Ordinal);
    private readonly PlatformStackOptions _options;
    private readonly int _gatewayPort;

    private PlatformStack(
        Dictionary<string, IServiceHost> services, IServiceHost gateway, int gatewayPort, TestTokens tokens, string dataFolder, PlatformStackOptions options)
    {
        _services = services;
        Gateway = gateway;
        _gatewayPort = gatewayPort;
        Tokens = tokens;
        _dataFolder = dataFolder;
        _options = options;
    }

    public IServiceHost Gateway { get; private set; }

    public TestTokens Tokens { get; }

    public IServiceHost Service(string name) => _services[name];

    public static PlatformStack Start(PlatformStackOptions options)
    {
        var tokens = new TestTokens();
        var dataFolder = Directory.CreateTempSubdirectory("brs-platform-tests-").FullName;
        var services = new Dictionary<string, IServiceHost>();
        var startedSettings = new Dictionary<string, Dictionary<string, string?>>(StringComparer.Ordinal);
        try
        {
            foreach (var name in options.Services)
            {
                var settings = new Dictionary<string, string?>(tokens.Settings)
                {
                    ["ConnectionStrings:rabbitmq"] = options.RabbitMq,
                    ["ConnectionStrings:database"] = options.Database?.Invoke(name)
                        ?? $"Data Source={Path.Combine(dataFolder, name + ".db")}",
                };
                // The reporting service calls its sources directly; services start in order, so
                // every one started before it is known by now.
                foreach (var (started, host) in services)
                {
                    settings[$"Reporting:Sources:{started}"] = host.Address.ToString();
                }

                foreach (var (key, value) in options.Settings)
                {
                    settings[key] = value;
                }

                services[name] = StartService(name, settings, options);
                startedSettings[name] = settings;
            }

            // The web application calls the gateway and the gateway routes pages to it: the
            // gateway's port is chosen first so that each can be told where the other is.
            var gatewayPort = FreePort();
            if (options.WebApp)
            {
                services[WebAppName] = ServiceHost<WebAppService>.Start(WebAppName, new Dictionary<string, string?>(options.WebAppSettings)
                {
                    ["Gateway:Address"] = $"http://127.0.0.1:{gatewayPort}/",
                }, environment: options.Environment);
                WarmUp(services[WebAppName]);
            }

            var gateway = StartGateway(services, gatewayPort, tokens, options);
            var stack = new PlatformStack(services, gateway, gatewayPort, tokens, dataFolder, options);
            foreach (var (name, settings) in startedSettings)
            {
                stack._serviceSettings[name] = settings;
            }

            return stack;
        }
        catch
        {
            foreach (var host in services.Values)
            {
                host.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            throw;
        }
    }

    /// <summary>An HTTP client for the gateway (or a service, given its name) carrying <paramref name="token"/> when given.</summary>
    public HttpClient Client(string? token = null, string? service = null)
    {
        var target = service is null ? Gateway : _services[service];
        var client = new HttpClient { BaseAddress = target.Address, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>
    /// Stops one service and starts it again on the same database (and broker), as a deployment or
    /// a crash would, with <paramref name="settings"/> on top of its own. It comes back on another
    /// port, so the gateway is restarted too to route to it: make new clients afterwards.
    /// </summary>
    public async Task RestartAsync(string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        await _services[name].DisposeAsync();
        var restartedSettings = new Dictionary<string, string?>(_serviceSettings[name]);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            restartedSettings[key] = value;
        }

        _serviceSettings[name] = restartedSettings;
        _services[name] = StartService(name, restartedSettings, _options);

        await Gateway.DisposeAsync();
        Gateway = StartGateway(_services, _gatewayPort, Tokens, _options);
    }

    /// <summary>
    /// Starts one more replica of a service, as a deployment with several would run: on the same
    /// database and broker, with the same settings and <paramref name="settings"/> on top of them.
    /// The gateway keeps routing to the first; reach the replica at its own address. It stops with
    /// the stack, or earlier when disposed.
    /// </summary>
    public IServiceHost StartReplica(string name, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var replicaSettings = new Dictionary<string, string?>(_serviceSettings[name]);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            replicaSettings[key] = value;
        }

        var replica = StartService(name, replicaSettings, _options);
        _replicas.Add(replica);
        return replica;
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        foreach (var host in _services.Values)
        {
            await host.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection: the folder is in the system's temp area anyway.
        }
    }

    /// <summary>The gateway, routing each cluster to the service of that name where it listens now.</summary>
    private static IServiceHost StartGateway(
        IReadOnlyDictionary<string, IServiceHost> services, int port, TestTokens tokens, PlatformStackOptions options)
    {
        var settings = new Dictionary<string, string?>(tokens.Settings);
        foreach (var (name, host) in services)
        {
            settings[$"ReverseProxy:Clusters:{name}:Destinations:primary:Address"] = host.Address.ToString();
        }

        foreach (var (key, value) in options.GatewaySettings)
        {
            settings[key] = value;
        }

        return ServiceHost<GatewayService>.Start(
            "gateway", settings, collection => options.ConfigureServices?.Invoke("gateway", collection), options.Environment, port);
    }

    private const string WebAppName = "webapp";

    /// <summary>
    /// One request before the gateway probes it: the web application's first answer compiles
    /// its pages' framework and can take longer than the gateway's two-second reachability probe
    /// on a busy machine, which would report it unreachable when it is only starting.
    /// </summary>
    private static void WarmUp(IServiceHost host)
    {
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        using var live = client.GetAsync("/health/live").GetAwaiter().GetResult();
        live.EnsureSuccessStatusCode();
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static IServiceHost StartService(string name, IReadOnlyDictionary<string, string?> settings, PlatformStackOptions options)
    {
        void Configure(IServiceCollection collection) => options.ConfigureServices?.Invoke(name, collection);
        return name switch
        {
            PlatformServices.Basel => ServiceHost<BaselService>.Start(name, settings, Configure, options.Environment),
            PlatformServices.Rotterdam => ServiceHost<RotterdamService>.Start(name, settings, Configure, options.Environment),
            PlatformServices.Stockholm => ServiceHost<StockholmService>.Start(name, settings, Configure, options.Environment),
            PlatformServices.PartnerLiaison => ServiceHost<PartnerLiaisonService>.Start(name, settings, Configure, options.Environment),
            PlatformServices.Reporting => ServiceHost<ReportingService>.Start(name, settings, Configure, options.Environment),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a platform service."),
        };
    }
}

public sealed record PlatformStackOptions
{
    /// <summary>The broker (amqp URI) the services share.</summary>
    public required string RabbitMq { get; init; }

    /// <summary>Which services to start; the gateway always starts. Names are the gateway's cluster names.</summary>
    public IReadOnlyCollection<string> Services { get; init; } = PlatformServices.All;

    /// <summary>A connection string per service name; null (or no function) means a SQLite file.</summary>
    public Func<string, string?>? Database { get; init; }

    /// <summary>Settings every service gets on top of its own.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// Whether the web application runs too, behind the gateway at <c>/</c> (service name
    /// <c>webapp</c>): by default, as in every deployment, so the gateway reaches every cluster.
    /// </summary>
    public bool WebApp { get; init; } = true;

    /// <summary>Settings the web application gets on top of its own.</summary>
    public IReadOnlyDictionary<string, string?> WebAppSettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Settings the gateway gets on top of its own.</summary>
    public IReadOnlyDictionary<string, string?> GatewaySettings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Extra registrations per host (its name, or <c>gateway</c>): in-memory exporters, for instance.</summary>
    public Action<string, IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The hosting environment of every host: Development, or Production to test what production serves.</summary>
    public string Environment { get; init; } = Development;

    public const string Development = "Development";

    /// <summary>These options with <paramref name="configure"/> run on the services of the one host named <paramref name="host"/> as well.</summary>
    public PlatformStackOptions ConfigureHost(string host, Action<IServiceCollection> configure)
    {
        var before = ConfigureServices;
        return this with
        {
            ConfigureServices = (name, services) =>
            {
                before?.Invoke(name, services);
                if (name == host)
                {
                    configure(services);
                }
            },
        };
    }

    /// <summary>These options with <paramref name="filter"/> wrapping the request pipeline of the host named <paramref name="host"/>.</summary>
    public PlatformStackOptions Intercept(string host, IStartupFilter filter) =>
        ConfigureHost(host, services => services.AddSingleton(filter));
}

public static class PlatformServices
{
    public const string Basel = "basel";
    public const string Rotterdam = "rotterdam";
    public const string Stockholm = "stockholm";
    public const string PartnerLiaison = "partner-liaison";
    public const string Reporting = "reporting";

    public static IReadOnlyList<string> All { get; } = [Basel, Rotterdam, Stockholm, PartnerLiaison, Reporting];
}
