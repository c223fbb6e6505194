using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Platform.Benchmarks.EndToEnd.Load;

/// <summary>
/// Basel's team recording activities through the gateway as fast as a fixed number of clients can, for a
/// fixed time and at most a fixed count: each request carries the token of one of many team members, so
/// the gateway's per-client limit applies as it would to real users without throttling the load. Every
/// 201 is handed to <see cref="Visibility"/> with the moment it arrived.
/// </summary>
internal static class ActivityLoad
{
    public const string Path = "/api/basel/activities";

    public static async Task<ActivityLoadResult> RunAsync(
        HttpClient gateway, TokenPool writers, TimeSpan duration, int maxRequests, int clients, Visibility visibility,
        CancellationToken cancellationToken)
    {
        var started = 0;
        var accepted = 0;
        var refused = new Dictionary<int, int>();
        var latencies = new List<double>[clients];
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            latencies[client] = [];
            while (watch.Elapsed < duration && !cancellationToken.IsCancellationRequested)
            {
                var number = Interlocked.Increment(ref started);
                if (number > maxRequests)
                {
                    return;
                }

                using var request = Request(number, writers.Token(number));
                var sent = Stopwatch.GetTimestamp();
                HttpResponseMessage response;
                try
                {
                    response = await gateway.SendAsync(request, cancellationToken);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    Refuse(refused, 0); // no answer at all
                    continue;
                }

                using var answer = response;
                var answered = Stopwatch.GetTimestamp();
                latencies[client].Add(Stopwatch.GetElapsedTime(sent, answered).TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.Created && response.Headers.Location is { } location)
                {
                    visibility.Accept(Guid.Parse(location.OriginalString.AsSpan()[(location.OriginalString.LastIndexOf('/') + 1)..]), answered);
                    Interlocked.Increment(ref accepted);
                }
                else
                {
                    Refuse(refused, (int)response.StatusCode);
                }
            }
        }));
        var elapsed = watch.Elapsed;
        return new ActivityLoadResult(accepted, refused, elapsed, [.. latencies.SelectMany(l => l).Order()]);
    }

    private static void Refuse(Dictionary<int, int> refused, int status)
    {
        lock (refused)
        {
            refused[status] = refused.GetValueOrDefault(status) + 1;
        }
    }

    private static HttpRequestMessage Request(int number, string token)
    {
        var body = string.Create(CultureInfo.InvariantCulture, $$"""
            {"title":"Workshop on e-waste statistics {{number}}","description":"Recorded by the platform benchmark.","type":"capacity-building","status":"completed","start":"2020-02-10","end":"2020-02-12"}
            """);
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}

/// <summary>What a load run got: 201s, other answers by status (0: none, the connection failed or timed out), how long it ran, each request's time in milliseconds (sorted).</summary>
internal sealed record ActivityLoadResult(int Accepted, IReadOnlyDictionary<int, int> Refused, TimeSpan Elapsed, IReadOnlyList<double> Milliseconds)
{
    public double PerSecond => Accepted / Elapsed.TotalSeconds;
}
