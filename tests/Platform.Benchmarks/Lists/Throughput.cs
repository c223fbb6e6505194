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
                await ExpectAsync(response, HttpStatusCode.OK, path);
            }
        }));
        return requests / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Requests per second of the requests <paramref name="request"/> makes (given a running number), asked by
    /// <paramref name="clients"/> clients at once until <paramref name="duration"/> has passed or
    /// <paramref name="maxRequests"/> were made, whichever comes first. Any other answer than
    /// <paramref name="expected"/> stops the measurement with what the server said.
    /// </summary>
    public static async Task<double> MeasureForAsync(
        HttpClient client, Func<int, HttpRequestMessage> request, TimeSpan duration, int maxRequests, int clients,
        HttpStatusCode expected = HttpStatusCode.OK, CancellationToken cancellationToken = default)
    {
        var started = 0;
        var completed = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (watch.Elapsed < duration)
            {
                var number = Interlocked.Increment(ref started);
                if (number > maxRequests)
                {
                    return;
                }

                using var message = request(number);
                using var response = await client.SendAsync(message, cancellationToken);
                await ExpectAsync(response, expected, message.RequestUri?.ToString());
                Interlocked.Increment(ref completed);
            }
        }));
        return completed / watch.Elapsed.TotalSeconds;
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode expected, string? path)
    {
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
