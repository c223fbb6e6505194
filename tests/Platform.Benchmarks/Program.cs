using Platform.Benchmarks;
using Platform.Benchmarks.EndToEnd;
using Platform.Benchmarks.EndToEnd.Baselines;
using Platform.Benchmarks.Lists;
using Platform.Benchmarks.Pages;
using Platform.Benchmarks.Reports;

// dotnet run -c Release --project tests/Platform.Benchmarks -- lists [--rounds 5] [--requests 1000] [--clients 4]
// dotnet run -c Release --project tests/Platform.Benchmarks -- pages [--requests 1000]
// dotnet run -c Release --project tests/Platform.Benchmarks -- reports [--rounds 5]
// tools/bench.sh [--smoke] [--duration 60] [--clients 16] [--rounds 3]   (the platform benchmark, built in Release first)
// The hosts find their content roots from the build output, as under the test runner.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
switch (args.FirstOrDefault())
{
    // The platform benchmark's baseline servers, each run by it as a process of its own.
    case BaselineServers.TrivialBackend:
        return await BaselineServers.RunTrivialBackendAsync(args[1..]);
    case BaselineServers.BareProxy:
        return await BaselineServers.RunBareProxyAsync(args[1..]);
}

var options = BenchmarkOptions.Parse(args);
switch (options.Benchmark)
{
    case "lists":
        return await ListBenchmark.RunAsync(options, Console.Out);
    case "pages":
        return await PageBenchmark.RunAsync(options, Console.Out);
    case "reports":
        return await ReportBenchmark.RunAsync(options, Console.Out);
    case "platform":
        return await PlatformBenchmark.RunAsync(options, Console.Out);
    default:
        await Console.Error.WriteLineAsync($"Unknown benchmark '{options.Benchmark}': use 'lists', 'pages', 'reports' or 'platform'.");
        return 2;
}
