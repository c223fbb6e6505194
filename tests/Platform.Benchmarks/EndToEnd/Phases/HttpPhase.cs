using System.Net.Http.Headers;
using Platform.Benchmarks.EndToEnd.Load;
using Platform.Benchmarks.EndToEnd.Processes;
using Platform.Benchmarks.EndToEnd.Output;
using Platform.Benchmarks.Lists;
using Platform.IntegrationTests.Hosting;

namespace Platform.Benchmarks.EndToEnd.Phases;

/// <summary>
/// Requests per second through each layer, measured one after the other on the running platform: B0
/// Kestrel alone and bare YARP in front of it; R1 our gateway in front of the same backend, and a real
/// read (GET one activity) directly at Basel and through the gateway; R6 that read with telemetry
/// exported and, after restarting the gateway and Basel without an OTLP endpoint, without.
/// </summary>
internal sealed class HttpPhase(RunEnvironment run, Scale scale, ResultTable table)
{
    private const string TrivialPath = PlatformProcesses.TrivialRoute + "hello";

    public async Task RunAsync(PlatformProcesses platform, Deployable trivialBackend, Deployable bareProxy, Uri telemetry)
    {
        var readers = new TokenPool(run.Tokens, "reader");
        using var direct = Client(trivialBackend.Address);
        using var proxy = Client(bareProxy.Address);
        using var gateway = Client(platform.Gateway.Address);
        using var basel = Client(platform.Service(PlatformServices.Basel).Address);
        var activity = await RecordOneActivityAsync(gateway);
        Func<int, HttpRequestMessage> trivial = _ => new HttpRequestMessage(HttpMethod.Get, TrivialPath);
        Func<int, HttpRequestMessage> read = number => Authorized($"/api/basel/activities/{activity}", readers.Token(number));

        var kestrel = await RateAsync(direct, trivial);
        var yarp = await RateAsync(proxy, trivial);
        var ours = await RateAsync(gateway, number => Authorized(TrivialPath, readers.Token(number)));
        table.Add(new ResultLine("B0", $"Kestrel alone, small JSON GET, {scale.Clients} clients", $"{ResultTable.Number(kestrel)} req/s", "baseline", null)
        {
            Values = new Dictionary<string, double> { ["requestsPerSecond"] = kestrel },
        });
        table.Add(new ResultLine("B0", "bare YARP in front of it", $"{ResultTable.Number(yarp)} req/s ({yarp / kestrel:0.00} of Kestrel)", "baseline", null)
        {
            Values = new Dictionary<string, double> { ["requestsPerSecond"] = yarp },
        });
        table.Add(new ResultLine("R1", "our gateway ÷ bare YARP, same backend", $"{ours / yarp:0.00} ({ResultTable.Number(ours)} / {ResultTable.Number(yarp)} req/s)", "≥ 0.9", ours / yarp >= 0.9)
        {
            Values = new Dictionary<string, double> { ["ratio"] = ours / yarp, ["gatewayRequestsPerSecond"] = ours },
        });

        var readDirect = await RateAsync(basel, read);
        var readExported = await RateAsync(gateway, read);
        table.Add(new ResultLine("R1", "gateway ÷ direct, GET an activity", $"{readExported / readDirect:0.00} ({ResultTable.Number(readExported)} / {ResultTable.Number(readDirect)} req/s)", "–", null)
        {
            Values = new Dictionary<string, double> { ["ratio"] = readExported / readDirect, ["gatewayRequestsPerSecond"] = readExported, ["directRequestsPerSecond"] = readDirect },
        });

        run.Progress.WriteLine("R6: restarting the gateway and Basel without an OTLP endpoint...");
        await Task.WhenAll(platform.RestartAsync(PlatformServices.Basel, null), platform.RestartAsync(PlatformProcesses.GatewayName, null));
        var readQuiet = await RateAsync(gateway, read);
        table.Add(new ResultLine("R6", "GET an activity via the gateway: telemetry exported ÷ not", $"{readExported / readQuiet:0.00} ({ResultTable.Number(readExported)} / {ResultTable.Number(readQuiet)} req/s)", "≥ 0.9", readExported / readQuiet >= 0.9)
        {
            Values = new Dictionary<string, double> { ["ratio"] = readExported / readQuiet, ["exportedRequestsPerSecond"] = readExported, ["notExportedRequestsPerSecond"] = readQuiet },
        });

        run.Progress.WriteLine("R6: restarting them with telemetry exported again...");
        await Task.WhenAll(platform.RestartAsync(PlatformServices.Basel, telemetry), platform.RestartAsync(PlatformProcesses.GatewayName, telemetry));
    }

    /// <summary>The median of the rounds' requests per second, after one warm-up round.</summary>
    private async Task<double> RateAsync(HttpClient client, Func<int, HttpRequestMessage> request)
    {
        await Throughput.MeasureForAsync(client, request, scale.Round, int.MaxValue, scale.Clients, cancellationToken: run.CancellationToken);
        var rounds = new List<double>();
        for (var round = 0; round < scale.Rounds; round++)
        {
            rounds.Add(await Throughput.MeasureForAsync(client, request, scale.Round, 1_000_000, scale.Clients, cancellationToken: run.CancellationToken));
        }

        run.Progress.WriteLine($"  {client.BaseAddress}: {string.Join(", ", rounds.Select(r => ResultTable.Number(r)))} req/s");
        return Throughput.Median(rounds);
    }

    private async Task<Guid> RecordOneActivityAsync(HttpClient gateway)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityLoad.Path)
        {
            Content = new StringContent(
                """{"title":"Workshop on e-waste statistics","description":"Read by the platform benchmark.","type":"capacity-building","status":"completed","start":"2020-02-10","end":"2020-02-12"}""",
                System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", run.Tokens.For("benchmark-basel-team", "basel-team"));
        using var response = await gateway.SendAsync(request, run.CancellationToken);
        response.EnsureSuccessStatusCode();
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
    }

    private static HttpRequestMessage Authorized(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>One client per target with a connection per concurrent caller, kept open, as a load tool keeps them.</summary>
    public static HttpClient Client(Uri address, int? connections = null) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections ?? int.MaxValue,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AllowAutoRedirect = false,
    })
    {
        BaseAddress = address,
        Timeout = TimeSpan.FromSeconds(30),
    };
}
