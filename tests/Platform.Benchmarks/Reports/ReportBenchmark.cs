using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Platform.Benchmarks.Lists;
using Reporting.Reports.Documents;
using Reporting.Reports.Runs;

namespace Platform.Benchmarks.Reports;

/// <summary>
/// Compiling a consolidated report and rendering it as Word and HTML, with 1,000, then 10,000,
/// then 100,000 activities in the period: the median time of several rounds at each size. The
/// baseline, measured in the same run, is writing the same compiled report as JSON (what a run
/// stores); rendering is given as a multiple of it too, so figures from two machines compare.
/// </summary>
internal static class ReportBenchmark
{
    private static readonly int[] Sizes = [1_000, 10_000, 100_000];

    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output)
    {
        var renderers = ReportRenderers.OnThisHost;
        var word = renderers.Find("docx")!;
        var html = renderers.Find("html")!;
        var run = ReportSeed.Run();
        var numbers = run.DocumentNumbers;

        output.WriteLine(FormattableString.Invariant($"{options.Rounds} rounds at each size, median milliseconds (and times the JSON baseline):"));
        output.WriteLine(FormattableString.Invariant($"{"activities",10} {"compile",9} {"baseline",9} {"Word",9} {"",7} {"HTML",9} {"",7} {"Word size",10} {"HTML size",10}"));
        var figures = new Dictionary<int, (double Compile, double Baseline, double Word, double Html)>();
        foreach (var size in Sizes)
        {
            var inputs = ReportSeed.Inputs(size, new Random(20261207));
            var report = ReportCompiler.Compile(run, inputs, [], DateTimeOffset.UtcNow);
            var edition = ReportEdition.Generated(report, ReportLanguages.English, numbers);
            if (size == Sizes[0])
            {
                // The first figures would otherwise include compiling the code paths.
                await RenderAsync(word, edition);
                await RenderAsync(html, edition);
            }

            // One after the other, so no measurement shares the machine with another.
            var c = await Median(options.Rounds, () => Task.FromResult(ReportCompiler.Compile(run, inputs, [], DateTimeOffset.UtcNow)));
            var b = await Median(options.Rounds, () => Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(report, JsonSerializerOptions.Web)));
            var w = await Median(options.Rounds, () => RenderAsync(word, edition));
            var h = await Median(options.Rounds, () => RenderAsync(html, edition));
            figures[size] = (c, b, w, h);
            var wordBytes = (await RenderAsync(word, edition)).Length;
            var htmlBytes = (await RenderAsync(html, edition)).Length;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,10:N0} {c,9:N0} {b,9:N0} {w,9:N0} {"(" + (w / b).ToString("0.0", CultureInfo.InvariantCulture) + "x)",7} {h,9:N0} {"(" + (h / b).ToString("0.0", CultureInfo.InvariantCulture) + "x)",7} {wordBytes / 1024.0 / 1024,8:0.0}MB {htmlBytes / 1024.0 / 1024,8:0.0}MB"));
        }

        var (first, last) = (figures[Sizes[0]], figures[Sizes[^1]]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"100,000 / 1,000 (100 would grow in step with the activities): compile {last.Compile / first.Compile:0}, baseline {last.Baseline / first.Baseline:0}, Word {last.Word / first.Word:0}, HTML {last.Html / first.Html:0}"));
        return 0;
    }

    private static async Task<byte[]> RenderAsync(IReportRenderer renderer, ReportEdition edition)
    {
        using var output = new MemoryStream();
        await renderer.RenderAsync(edition, output, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>The median of <paramref name="rounds"/> timings of <paramref name="work"/>, in milliseconds.</summary>
    private static async Task<double> Median<T>(int rounds, Func<Task<T>> work)
    {
        var timings = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Throughput.Median(timings);
    }
}
