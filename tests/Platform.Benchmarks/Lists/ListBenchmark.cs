using System.Globalization;
using Platform.IntegrationTests.Hosting;
using Platform.Testing;

namespace Platform.Benchmarks.Lists;

/// <summary>
/// <c>GET /api/basel/activities</c> through the gateway, unfiltered and filtered, with 1,000, then
/// 10,000, then 100,000 activities stored: the median requests per second over several rounds at
/// each size, and how much of the 1,000 figure is left at 100,000.
/// </summary>
internal static class ListBenchmark
{
    private static readonly int[] Sizes = [1_000, 10_000, 100_000];

    private static readonly string[] Paths =
    [
        "/api/basel/activities?pageSize=20",
        $"/api/basel/activities?pageSize=20&partner={ActivitySeed.Partners[0]}",
        "/api/basel/activities?pageSize=20&status=ongoing",
    ];

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output)
    {
        await using var broker = await RabbitMqBroker.StartAsync();
        var virtualHost = await broker.CreateVirtualHostAsync();
        await using var stack = PlatformStack.Start(new PlatformStackOptions
        {
            RabbitMq = virtualHost,
            Services = [PlatformServices.Basel],
            Settings = QuietHosts.Settings,
            WebAppSettings = QuietHosts.Settings,
            // One client asks for every request here: a per-client limit would measure the limiter.
            GatewaySettings = new Dictionary<string, string?>(QuietHosts.Settings) { ["Gateway:RateLimit:PermitLimit"] = "100000000" },
        });
        using var client = stack.Client(stack.Tokens.For("benchmark", "reader"));
        var seed = new ActivitySeed(new Random(20261202));
        var figures = new Dictionary<(int Size, string Path), double>();

        output.WriteLine(FormattableString.Invariant(
            $"{options.Rounds} rounds of {options.Requests} requests, {options.Clients} clients at once, median requests/s:"));
        var stored = 0;
        foreach (var size in Sizes)
        {
            await seed.AddAsync(stack.Service(PlatformServices.Basel).Services, size - stored);
            stored = size;
            if (size == Sizes[0])
            {
                // The first figures would otherwise include compiling the request path.
                foreach (var path in Paths)
                {
                    await Throughput.MeasureAsync(client, path, options.Requests, options.Clients);
                }
            }

            foreach (var path in Paths)
            {
                await Throughput.MeasureAsync(client, path, Math.Max(options.Requests / 5, options.Clients), options.Clients);
                var rounds = new List<double>();
                for (var round = 0; round < options.Rounds; round++)
                {
                    rounds.Add(await Throughput.MeasureAsync(client, path, options.Requests, options.Clients));
                }

                figures[(size, path)] = Throughput.Median(rounds);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size,9:N0} activities {figures[(size, path)],8:N0}/s  {path}"));
            }
        }

        output.WriteLine("100,000 / 1,000:");
        foreach (var path in Paths)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{figures[(Sizes[^1], path)] / figures[(Sizes[0], path)],8:0.00}  {path}"));
        }

        return 0;
    }
}
