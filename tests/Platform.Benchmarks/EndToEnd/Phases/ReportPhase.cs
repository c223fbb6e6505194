using Platform.Benchmarks.EndToEnd.Output;
using Platform.Benchmarks.Reports;

namespace Platform.Benchmarks.EndToEnd.Phases;

/// <summary>
/// R5, with the <c>reports</c> benchmark's measurement: a consolidated report compiled over 1,000, 10,000
/// and 100,000 activities and rendered as Word (the median of three rounds, the largest size once), the larger of the documents a compiler downloads (PDF is
/// Word converted by LibreOffice), in this process once the platform has stopped.
/// </summary>
internal sealed class ReportPhase(Scale scale, ResultTable table, TextWriter progress)
{
    public async Task RunAsync()
    {
        var seconds = new List<double>();
        var values = new Dictionary<string, double>();
        foreach (var size in scale.ReportSizes)
        {
            // The largest size once: it takes longest (about a minute for three rounds on two cores) and varies least.
            var rounds = size == scale.ReportSizes[^1] ? 1 : scale.ReportRounds;
            var figures = await ReportBenchmark.MeasureAsync(size, rounds, ["docx"], warmUp: size == scale.ReportSizes[0]);
            var total = (figures.Compile + figures.Formats["docx"].Milliseconds) / 1000;
            progress.WriteLine($"  {size:N0} activities: compile {figures.Compile:N0} ms, Word {figures.Formats["docx"].Milliseconds:N0} ms");
            seconds.Add(total);
            values[$"compileMilliseconds{size}"] = figures.Compile;
            values[$"wordMilliseconds{size}"] = figures.Formats["docx"].Milliseconds;
            values[$"seconds{size}"] = total;
        }

        var sizes = string.Join(" / ", scale.ReportSizes.Select(Thousands));
        table.Add(new ResultLine("R5", $"report compile + Word render, {sizes} activities",
            $"{string.Join(" / ", seconds.Select(s => ResultTable.Number(s, "0.00")))} s", $"{Thousands(scale.ReportSizes[^1])} ≤ 3 s", seconds[^1] <= 3)
        {
            Values = values,
        });
        var growth = seconds[^1] / seconds[^2];
        table.Add(new ResultLine("R5", $"{Thousands(scale.ReportSizes[^1])} ÷ {Thousands(scale.ReportSizes[^2])}", ResultTable.Number(growth, "0.0"), "≤ 10", growth <= 10)
        {
            Values = new Dictionary<string, double> { ["ratio"] = growth },
        });
    }

    private static string Thousands(int size) => size >= 1000 ? $"{size / 1000}k" : size.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
