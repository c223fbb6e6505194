using Platform.Benchmarks.EndToEnd.Processes;

namespace Platform.FaultTests.Harness;

/// <summary>The fault cases share one platform and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultPlatform>
{
    public const string Name = "faults";
}

/// <summary>
/// The whole platform as a deployment runs it, for the fault cases to break: the five services, the web
/// application and the gateway as separate processes from their build output (so that a case can kill
/// one outright), each on its own SQLite file, on a private RabbitMQ node the suite can kill, freeze and
/// starve of memory. Basel reaches the broker through the suite's own proxy, which can add latency,
/// reset connections and hold back the broker's confirms. Everything listens on loopback only.
/// </summary>
public sealed class FaultPlatform : IAsyncLifetime
{
    private RabbitMqBroker? _broker;
    private RunEnvironment? _run;
    private PlatformProcesses? _platform;
    private BrokerProxy? _basel;

    public RabbitMqBroker Broker => _broker ?? throw NotStarted();

    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>The seed of the run's random choices (which connection a reset hits, which fault the soak injects next), printed with each case.</summary>
    public int Seed { get; } = Environment.GetEnvironmentVariable("PLATFORM_FAULT_SEED") is { } seed
        ? int.Parse(seed, CultureInfo.InvariantCulture)
        : Random.Shared.Next();

    /// <summary>Team members writing through the gateway: a source and a token each, several per source (the gateway limits each user).</summary>
    internal IReadOnlyList<(string Source, string Token)> Writers { get; private set; } = [];

    internal BrokerProxy BaselLink => _basel ?? throw NotStarted();

    internal Stores Stores { get; private set; } = null!;

    internal OpsClient Ops { get; private set; } = null!;

    internal FaultTable Table { get; } = new();

    internal PlatformProcesses Processes => _platform ?? throw NotStarted();

    public string DatabasePath(string service) => Path.Combine((_run ?? throw NotStarted()).Directory, $"{service}.db");

    public async ValueTask InitializeAsync()
    {
        _broker = await RabbitMqBroker.StartAsync();
        if (!_broker.CanRestart)
        {
            throw new InvalidOperationException(
                $"The fault suite kills, freezes and restarts the broker, which it can only do to a private node; this one is {_broker.Description}."
                + $" Unset {RabbitMqBroker.EnvironmentVariable} and install rabbitmq-server (tests/run.sh does).");
        }

        _run = RunEnvironment.Create(TextWriter.Null, CancellationToken.None);
        _basel = new BrokerProxy(new Uri(_broker.ConnectionString).Port);
        _platform = await PlatformProcesses.StartAsync(_run, new PlatformConfiguration(
            _broker.ConnectionString, name => $"Data Source={DatabasePath(name)}", TelemetryEndpoint: null, TrivialBackend: null)
        {
            Broker = name => name == PlatformServices.Basel ? _basel.ConnectionString(_broker.ConnectionString) : null,
            // Each line of the services' logs (under the run's folder) says when it was written.
            ServiceSettings = new Dictionary<string, string?> { ["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff " },
        });

        Gateway = new HttpClient { BaseAddress = _platform.Gateway.Address, Timeout = TimeSpan.FromSeconds(10) };
        Writers =
        [
            .. Enumerable.Range(0, 4).SelectMany(member => new[]
            {
                (PlatformServices.Basel, _run.Tokens.For($"basel-member-{member}", "basel-team")),
                (PlatformServices.Rotterdam, _run.Tokens.For($"rotterdam-member-{member}", "rotterdam-team")),
            }),
        ];
        Stores = new Stores(DatabasePath);
        Ops = new OpsClient(Gateway, _run.Tokens.For("fault-suite-operations", "ops"));
    }

    /// <summary>A token for <paramref name="subject"/> with <paramref name="roles"/>, signed as every deployable of the run expects.</summary>
    internal string Token(string subject, params string[] roles) => (_run ?? throw NotStarted()).Tokens.For(subject, roles);

    /// <summary>A flow of writes by <paramref name="clients"/> team members, its activities titled after <paramref name="label"/>.</summary>
    internal Flow StartFlow(string label, int clients = 3, int pauseMilliseconds = 80) =>
        Flow.Start(Gateway, label, Writers, clients, TimeSpan.FromMilliseconds(pauseMilliseconds), Seed ^ StableHash(label));

    /// <summary>The same number for the same label in every run (a string's own hash code differs from process to process).</summary>
    private static int StableHash(string text) => text.Aggregate(17, (hash, character) => unchecked((hash * 31) + character));

    /// <summary>Starts a report run (the integration tests' request, over a period holding the flows' activities), as a report compiler (202).</summary>
    internal async Task StartReportRunAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = System.Net.Http.Json.JsonContent.Create(Platform.IntegrationTests.Reports.ReportsFixture.RunRequest()),
        };
        request.Headers.Authorization = new("Bearer", Token("fault-suite-compiler", "report-compiler"));
        using var started = await Gateway.SendAsync(request);
        if (started.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Starting a report run: {(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>Kills one deployable outright (SIGKILL to it and all it started).</summary>
    internal Task KillAsync(string name) => Processes.Deployables[name].KillAsync();

    /// <summary>Starts a deployable again on its port and data, and waits until it is ready.</summary>
    internal async Task StartAgainAsync(string name)
    {
        var deployable = Processes.Deployables[name];
        deployable.Start();
        await deployable.WaitUntilReadyAsync("/health/ready", TimeSpan.FromMinutes(2), CancellationToken.None);
    }

    /// <summary>
    /// The shape of most cases: a flow of writes; once it has sent 60, <paramref name="fault"/> breaks
    /// something and heals it, returning when it healed (a <see cref="Stopwatch"/> timestamp); 60 more
    /// writes; then the count, once the platform is quiet.
    /// </summary>
    internal async Task<CaseOutcome> RunCaseAsync(string label, Func<Flow, Task<long>> fault)
    {
        var start = await Reconciliation.BeginAsync(this, label);
        await using var flow = StartFlow(label);
        await flow.WaitForSentAsync(60, TimeSpan.FromSeconds(30));
        var healed = await fault(flow);
        await flow.WaitForSentAsync(flow.Sent + 60, TimeSpan.FromSeconds(30));
        await flow.StopAsync();
        return await SettleAsync(start, flow, healed);
    }

    /// <summary>Counts the case, adds its row to the table, and returns it.</summary>
    internal async Task<CaseOutcome> SettleAsync(CaseStart start, Flow flow, long healed, bool absorbedComparable = true)
    {
        var outcome = await Reconciliation.SettleAsync(this, start, flow, healed, TimeSpan.FromSeconds(120), absorbedComparable);
        Table.Add(outcome);
        TestContext.Current.TestOutputHelper?.WriteLine($"{outcome} (seed {Seed})");
        return outcome;
    }

    public async ValueTask DisposeAsync()
    {
        Gateway?.Dispose();
        if (_platform is not null)
        {
            await _platform.StopAsync();
        }

        if (_basel is not null)
        {
            await _basel.DisposeAsync();
        }

        if (_run is not null)
        {
            await _run.DisposeAsync();
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The fault platform has not started.");
}
