using System.Diagnostics;

namespace Platform.Benchmarks.Pages;

/// <summary>How long one request takes, asked one after another: the median and the 95th percentile, in milliseconds.</summary>
internal sealed record Latencies(double Median, double P95)
{
    public static async Task<Latencies> MeasureAsync(Func<Task> request, int requests)
    {
        var times = new List<double>(requests);
        for (var i = 0; i < requests; i++)
        {
            var watch = Stopwatch.StartNew();
            await request();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return new Latencies(Percentile(times, 0.5), Percentile(times, 0.95));
    }

    /// <summary>Nearest rank: the value at or below which the given share of the sorted values fall.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
