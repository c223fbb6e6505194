using System.Globalization;
using Platform.Benchmarks.Lists;
using Platform.IntegrationTests.Hosting;
using Platform.Testing;

namespace Platform.Benchmarks.Pages;

/// <summary>
/// The web application's home page and a convention's activities page, rendered on the server
/// for a signed-in browser and fetched whole through the gateway, one request after another:
/// median and 95th percentile, on an empty platform and with 10,000 activities stored. Beside
/// each page, the API call that dominates it, asked through the gateway in the same run, so
/// that what the page adds to the data it shows can be read off.
/// </summary>
internal static class PageBenchmark
{
    private const int Activities = 10_000;

    private static readonly (string Page, string Api)[] Pairs =
    [
        ("/", "/api/basel/mandates?pageSize=200"),
        ("/basel/activities", "/api/basel/activities"),
    ];

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output)
    {
        await using var broker = await RabbitMqBroker.StartAsync();
        var virtualHost = await broker.CreateVirtualHostAsync();
        await using var stack = PlatformStack.Start(new PlatformStackOptions
        {
            RabbitMq = virtualHost,
            Settings = QuietHosts.Settings,
            WebAppSettings = QuietHosts.Settings,
            // One browser asks for every page here: a per-client limit would measure the limiter.
            GatewaySettings = new Dictionary<string, string?>(QuietHosts.Settings) { ["Gateway:RateLimit:PermitLimit"] = "100000000" },
        });
        await ImportDecisionsAsync(stack);
        using var api = stack.Client(stack.Tokens.For("benchmark", "reader"));
        using var browser = await BrowserSession.SignInAsync(stack.Gateway.Address, "Benchmark Compiler", "report-compiler", "basel-team");
        var requests = Math.Max(options.Requests / 5, 20);

        output.WriteLine(FormattableString.Invariant($"{requests} requests one after another per figure, milliseconds (median / p95):"));
        var figures = new Dictionary<(int Stored, string Path), Latencies>();
        foreach (var stored in new[] { 0, Activities })
        {
            if (stored > 0)
            {
                await new ActivitySeed(new Random(20261207)).AddAsync(stack.Service(PlatformServices.Basel).Services, stored);
            }

            foreach (var (page, call) in Pairs)
            {
                // The first requests compile the path; they are not what a user waits for later.
                await Latencies.MeasureAsync(() => browser.GetPageAsync(page), 20);
                await Latencies.MeasureAsync(() => GetAsync(api, call), 20);
                figures[(stored, page)] = await Latencies.MeasureAsync(() => browser.GetPageAsync(page), requests);
                figures[(stored, call)] = await Latencies.MeasureAsync(() => GetAsync(api, call), requests);
                output.WriteLine(Line(stored, "page", page, figures[(stored, page)]));
                output.WriteLine(Line(stored, "API ", call, figures[(stored, call)]));
            }
        }

        output.WriteLine($"At {Activities:N0} activities, page over its API call / page at {Activities:N0} over the empty platform (medians):");
        foreach (var (page, call) in Pairs)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{figures[(Activities, page)].Median / figures[(Activities, call)].Median,8:0.00} {figures[(Activities, page)].Median / figures[(0, page)].Median,8:0.00}  {page}"));
        }

        return 0;
    }

    private static string Line(int stored, string kind, string path, Latencies latencies) => string.Create(CultureInfo.InvariantCulture,
        $"{stored,7:N0} activities  {kind} {latencies.Median,8:0.0} / {latencies.P95,8:0.0}  {path}");

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The sample decision as the three COPs adopted it, so the home page has mandates to count.</summary>
    private static async Task ImportDecisionsAsync(PlatformStack stack)
    {
        foreach (var (convention, symbol) in new[] { ("basel", "BC-14/21"), ("rotterdam", "RC-9/9"), ("stockholm", "SC-9/18") })
        {
            using var team = stack.Client(stack.Tokens.For("benchmark", $"{convention}-team"));
            using var import = await team.PostAsync($"/api/{convention}/decisions",
                new StringContent(Samples.AdoptedAs(symbol), System.Text.Encoding.UTF8, "text/plain"));
            import.EnsureSuccessStatusCode();
        }
    }
}
