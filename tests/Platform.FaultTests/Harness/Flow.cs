using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Platform.FaultTests.Harness;

/// <summary>One write the platform acknowledged (2xx): the activity, at which source, and the version the answer named.</summary>
internal sealed record AcknowledgedWrite(string Source, Guid Activity, int Version, string Kind);

/// <summary>
/// A steady flow of activity writes through the gateway while a case breaks something: each client
/// is a member of a convention team recording activities, revising its own (with the version it
/// last saw) and now and then withdrawing one. Every answer is noted: a 2xx is an acknowledged
/// write, the promise the platform made and the suite holds it to; anything else (a refusal, an
/// error, no answer) is a write the client was told did not happen, or was not told about. A write
/// whose outcome the client does not know leaves that activity alone afterwards.
/// </summary>
internal sealed class Flow : IAsyncDisposable
{
    private readonly HttpClient _gateway;
    private readonly string _label;
    private readonly IReadOnlyList<(string Source, string Token)> _writers;
    private readonly TimeSpan _pause;
    private readonly ConcurrentQueue<AcknowledgedWrite> _acknowledged = new();
    private readonly ConcurrentDictionary<string, int> _unacknowledged = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _clients;
    private int _sent;

    private Flow(HttpClient gateway, string label, IReadOnlyList<(string, string)> writers, int clients, TimeSpan pause, int seed)
    {
        _gateway = gateway;
        _label = label;
        _writers = writers;
        _pause = pause;
        _clients = [.. Enumerable.Range(0, clients).Select(client => Task.Run(() => RunClientAsync(client, new Random(seed + client))))];
    }

    public int Sent => Volatile.Read(ref _sent);

    public int Acknowledged => _acknowledged.Count;

    public IReadOnlyCollection<AcknowledgedWrite> Writes => _acknowledged;

    /// <summary>Answers other than 2xx, by status (0: no answer, the connection failed or the request timed out).</summary>
    public IReadOnlyDictionary<string, int> Unacknowledged => _unacknowledged;

    /// <summary>
    /// Starts <paramref name="clients"/> writers on the gateway, each pausing <paramref name="pause"/> between
    /// requests, spread over the sources of <paramref name="writers"/> (a source and a token of its team each).
    /// </summary>
    public static Flow Start(
        HttpClient gateway, string label, IReadOnlyList<(string Source, string Token)> writers, int clients, TimeSpan pause, int seed) =>
        new(gateway, label, writers, clients, pause, seed);

    /// <summary>Runs until <paramref name="count"/> writes have been sent (whatever their answers), or <paramref name="limit"/> passed.</summary>
    public async Task WaitForSentAsync(int count, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (Sent < count && watch.Elapsed < limit)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Runs until <paramref name="count"/> writes have been acknowledged, or <paramref name="limit"/> passed.</summary>
    public async Task WaitForAcknowledgedAsync(int count, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (Acknowledged < count && watch.Elapsed < limit)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>Stops the clients after their requests in flight have been answered.</summary>
    public async Task StopAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await Task.WhenAll(_clients);
    }

    /// <summary>Stops the clients, also when a case failed before it stopped them.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private async Task RunClientAsync(int client, Random random)
    {
        var (source, token) = _writers[client % _writers.Count];
        var own = new List<(Guid Id, int Version)>();
        var number = 0;
        while (!_stop.IsCancellationRequested)
        {
            var roll = random.NextDouble();
            if (own.Count < 3 || roll < 0.45)
            {
                var created = await SendAsync(HttpMethod.Post, $"/api/{source}/activities", token, Body($"{_label} {client}-{++number}", version: null), "created");
                if (created is { } write)
                {
                    own.Add((write.Activity, write.Version));
                }
            }
            else
            {
                var index = random.Next(own.Count);
                var (id, version) = own[index];
                own.RemoveAt(index);
                if (roll < 0.9)
                {
                    var revised = await SendAsync(
                        HttpMethod.Put, $"/api/{source}/activities/{id}", token, Body($"{_label} {client}-{number} revised", version), "revised");
                    if (revised is { } write)
                    {
                        own.Add((id, write.Version));
                    }
                }
                else
                {
                    await SendAsync(HttpMethod.Delete, $"/api/{source}/activities/{id}", token, content: null, "withdrawn");
                }
            }

            try
            {
                await Task.Delay(_pause, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<AcknowledgedWrite?> SendAsync(HttpMethod method, string path, string token, HttpContent? content, string kind)
    {
        Interlocked.Increment(ref _sent);
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await _gateway.SendAsync(request, CancellationToken.None);
            if (!response.IsSuccessStatusCode)
            {
                Count(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
                return null;
            }

            var activity = await response.Content.ReadFromJsonAsync<JsonElement>();
            var write = new AcknowledgedWrite(
                path.Split('/')[2], activity.GetProperty("id").GetGuid(), activity.GetProperty("version").GetInt32(), kind);
            _acknowledged.Enqueue(write);
            return write;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            Count("0");
            return null;
        }
    }

    private void Count(string status) => _unacknowledged.AddOrUpdate(status, 1, (_, count) => count + 1);

    private static JsonContent Body(string title, int? version) => JsonContent.Create(new
    {
        title,
        description = "Recorded by the fault suite while it breaks a part of the platform.",
        type = "capacity-building",
        status = "ongoing",
        start = "2021-03-01",
        end = "2021-03-05",
        version,
    });
}
