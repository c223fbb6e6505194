using Platform.Benchmarks;
using Platform.Benchmarks.Lists;
using Platform.Benchmarks.Pages;
using Platform.Benchmarks.Reports;

// dotnet run -c Release --project tests/Platform.Benchmarks -- lists [--rounds 5] [--requests 1000] [--clients 4]
// dotnet run -c Release --project tests/Platform.Benchmarks -- pages [--requests 1000]
// dotnet run -c Release --project tests/Platform.Benchmarks -- reports [--rounds 5]
// The hosts find their content roots from the build output, as under the test runner.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);
var options = BenchmarkOptions.Parse(args);
switch (options.Benchmark)
{
    case "lists":
        return await ListBenchmark.RunAsync(options, Console.Out);
    case "pages":
        return await PageBenchmark.RunAsync(options, Console.Out);
    case "reports":
        return await ReportBenchmark.RunAsync(options, Console.Out);
    default:
        await Console.Error.WriteLineAsync($"Unknown benchmark '{options.Benchmark}': use 'lists', 'pages' or 'reports'.");
        return 2;
}
