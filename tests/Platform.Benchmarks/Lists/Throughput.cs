using System.Diagnostics;
using System.Net;

namespace Platform.Benchmarks.Lists;

/// <summary>Requests per second of one GET, asked a fixed number of times by a few clients at once.</summary>
internal static class Throughput
{
    public static async Task<double> MeasureAsync(HttpClient client, string path, int requests, int clients)
    {
        var remaining = requests;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                using var response = await client.GetAsync(path);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));
        return requests / watch.Elapsed.TotalSeconds;
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
