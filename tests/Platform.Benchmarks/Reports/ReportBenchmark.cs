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
        output.WriteLine(FormattableString.Invariant($"{options.Rounds} rounds at each size, median milliseconds (and times the JSON baseline):"));
        output.WriteLine(FormattableString.Invariant($"{"activities",10} {"compile",9} {"baseline",9} {"Word",9} {"",7} {"HTML",9} {"",7} {"Word size",10} {"HTML size",10}"));
        var figures = new Dictionary<int, ReportFigures>();
        foreach (var size in Sizes)
        {
            var f = await MeasureAsync(size, options.Rounds, ["docx", "html"], warmUp: size == Sizes[0]);
            figures[size] = f;
            var (w, h, b) = (f.Formats["docx"], f.Formats["html"], f.Baseline);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size,10:N0} {f.Compile,9:N0} {b,9:N0} {w.Milliseconds,9:N0} {"(" + (w.Milliseconds / b).ToString("0.0", CultureInfo.InvariantCulture) + "x)",7} {h.Milliseconds,9:N0} {"(" + (h.Milliseconds / b).ToString("0.0", CultureInfo.InvariantCulture) + "x)",7} {w.Bytes / 1024.0 / 1024,8:0.0}MB {h.Bytes / 1024.0 / 1024,8:0.0}MB"));
        }

        var (first, last) = (figures[Sizes[0]], figures[Sizes[^1]]);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"100,000 / 1,000 (100 would grow in step with the activities): compile {last.Compile / first.Compile:0}, baseline {last.Baseline / first.Baseline:0}, Word {last.Formats["docx"].Milliseconds / first.Formats["docx"].Milliseconds:0}, HTML {last.Formats["html"].Milliseconds / first.Formats["html"].Milliseconds:0}"));
        return 0;
    }

    /// <summary>
    /// Compiles the report over <paramref name="activities"/> activities and renders it in each of
    /// <paramref name="formats"/> (English): the median of <paramref name="rounds"/> timings of each step, one
    /// after the other so that no measurement shares the machine with another, and each document's size.
    /// </summary>
    public static async Task<ReportFigures> MeasureAsync(int activities, int rounds, IReadOnlyList<string> formats, bool warmUp)
    {
        var renderers = formats.Select(format => ReportRenderers.OnThisHost.Find(format)
            ?? throw new ArgumentException($"No renderer for '{format}'.", nameof(formats))).ToList();
        var run = ReportSeed.Run();
        var inputs = ReportSeed.Inputs(activities, new Random(20261207));
        var report = ReportCompiler.Compile(run, inputs, [], DateTimeOffset.UtcNow);
        var edition = ReportEdition.Generated(report, ReportLanguages.English, run.DocumentNumbers);
        if (warmUp)
        {
            // The first figures would otherwise include compiling the code paths.
            foreach (var renderer in renderers)
            {
                await RenderAsync(renderer, edition);
            }
        }

        var compile = await Median(rounds, () => Task.FromResult(ReportCompiler.Compile(run, inputs, [], DateTimeOffset.UtcNow)));
        var baseline = await Median(rounds, () => Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(report, JsonSerializerOptions.Web)));
        var rendered = new Dictionary<string, (double Milliseconds, long Bytes)>();
        for (var i = 0; i < formats.Count; i++)
        {
            long bytes = 0;
            var renderer = renderers[i];
            var milliseconds = await Median(rounds, async () => bytes = (await RenderAsync(renderer, edition)).Length);
            rendered[formats[i]] = (milliseconds, bytes);
        }

        return new ReportFigures(activities, compile, baseline, rendered);
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

/// <summary>One size's medians in milliseconds: compiling, the JSON baseline, and each format with its document's size in bytes.</summary>
internal sealed record ReportFigures(int Activities, double Compile, double Baseline, IReadOnlyDictionary<string, (double Milliseconds, long Bytes)> Formats);
