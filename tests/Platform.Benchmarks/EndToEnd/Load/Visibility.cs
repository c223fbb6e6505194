using System.Collections.Concurrent;
using System.Diagnostics;
using Platform.Benchmarks.EndToEnd.Stores;

namespace Platform.Benchmarks.EndToEnd.Load;

/// <summary>
/// When each accepted activity became visible in Reporting's read model: the read model is looked at
/// every <see cref="Interval"/>, and an activity found there counts as visible from the moment that look
/// began (so a figure can be late by up to one interval, never early). Times are the benchmark's
/// <see cref="Stopwatch"/> ticks, the same clock the load generator records acceptance with.
/// </summary>
internal sealed class Visibility(ServiceStore readModel) : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    // Pending activities asked about per look (PostgreSQL); oldest first, as they were accepted.
    private const int LookSize = 5000;

    private readonly ConcurrentDictionary<Guid, long> _acceptedAt = new();
    private readonly ConcurrentQueue<Guid> _acceptedInOrder = new();
    private readonly ConcurrentDictionary<Guid, long> _seenAt = new();
    private readonly List<Guid> _pending = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _watching;

    public int Accepted => _acceptedAt.Count;

    /// <summary>Accepted activities seen in the read model so far.</summary>
    public int Visible => _acceptedAt.Keys.Count(_seenAt.ContainsKey);

    /// <summary>Notes where the read model stands, then watches it until disposed.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await readModel.VisibleActivitiesAsync([], cancellationToken);
        _watching = WatchAsync(_stop.Token);
    }

    /// <summary>The load generator's 201: the activity is committed with its event from now on.</summary>
    public void Accept(Guid id, long timestamp)
    {
        _acceptedAt[id] = timestamp;
        _acceptedInOrder.Enqueue(id);
    }

    /// <summary>Waits until every accepted activity is visible, or <paramref name="limit"/> has passed.</summary>
    public async Task<bool> WaitForAllAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (Visible >= Accepted)
            {
                return true;
            }

            await Task.Delay(Interval, cancellationToken);
        }

        return Visible >= Accepted;
    }

    /// <summary>Each accepted activity's time to visibility in seconds; one never seen counts as infinitely late.</summary>
    public IReadOnlyList<double> SecondsToVisible() =>
    [
        .. _acceptedAt.Select(accepted => _seenAt.TryGetValue(accepted.Key, out var seen)
                ? Math.Max(0, Stopwatch.GetElapsedTime(accepted.Value, seen).TotalSeconds)
                : double.PositiveInfinity)
            .Order(),
    ];

    /// <summary>Accepted activities seen by <paramref name="timestamp"/>.</summary>
    public int VisibleBy(long timestamp) => _acceptedAt.Keys.Count(id => _seenAt.TryGetValue(id, out var seen) && seen <= timestamp);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_watching is not null)
        {
            await _watching.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var lookStarted = Stopwatch.GetTimestamp();
            while (_acceptedInOrder.TryDequeue(out var id))
            {
                if (!_seenAt.ContainsKey(id))
                {
                    _pending.Add(id);
                }
            }

            foreach (var id in await readModel.VisibleActivitiesAsync(_pending.Take(LookSize).ToList(), cancellationToken))
            {
                // Also an activity seen before its 201 reached the load generator: it then counts as visible at once.
                _seenAt.TryAdd(id, lookStarted);
            }

            _pending.RemoveAll(_seenAt.ContainsKey);
            await Task.Delay(Interval, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
