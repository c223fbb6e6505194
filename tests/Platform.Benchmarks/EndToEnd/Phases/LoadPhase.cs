using System.Diagnostics;
using Platform.Benchmarks.EndToEnd.Load;
using Platform.Benchmarks.EndToEnd.Processes;
using Platform.Benchmarks.EndToEnd.Output;
using Platform.Benchmarks.EndToEnd.Stores;
using Platform.Benchmarks.Pages;
using Platform.IntegrationTests.Hosting;

namespace Platform.Benchmarks.EndToEnd.Phases;

/// <summary>
/// R2 and R4 on one store: Basel's team records activities through the gateway for the load's duration,
/// while every second the benchmark notes how many were accepted, how many outbox rows wait in Basel's
/// store, how many activities Reporting's read model shows, and each deployable's resident memory; then it
/// waits, for a bounded time, until every accepted activity is visible.
/// </summary>
internal sealed class LoadPhase(RunEnvironment run, Scale scale, ResultTable table)
{
    private const string Outbox = "outbox_messages";

    public async Task<LoadFigures> RunAsync(string store, PlatformProcesses platform, Func<string, string> database, Func<IReadOnlyDictionary<string, long>> residentMemory)
    {
        var cancellationToken = run.CancellationToken;
        using var gateway = HttpPhase.Client(platform.Gateway.Address);
        var writers = new TokenPool(run.Tokens, "basel-team");
        await using var basel = await ServiceStore.OpenAsync(database(PlatformServices.Basel), cancellationToken);
        await using var readModel = await ServiceStore.OpenAsync(database(PlatformServices.Reporting), cancellationToken);

        run.Progress.WriteLine($"R2 {store}: warming up with {scale.WarmUpActivities} activities...");
        await using (var warmUp = new Visibility(readModel))
        {
            await warmUp.StartAsync(cancellationToken);
            await ActivityLoad.RunAsync(gateway, writers, TimeSpan.FromMinutes(1), scale.WarmUpActivities, scale.Clients, warmUp, cancellationToken);
            await warmUp.WaitForAllAsync(scale.VisibilityWait, cancellationToken);
        }

        run.Progress.WriteLine($"R2 {store}: posting activities for {scale.LoadDuration.TotalSeconds:0} s with {scale.Clients} clients...");
        await using var visibility = new Visibility(readModel);
        await visibility.StartAsync(cancellationToken);
        var outboxAtStart = await basel.CountAsync(Outbox, cancellationToken);
        var samples = new List<LoadSample>();
        var started = Stopwatch.GetTimestamp();
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampling = SampleAsync(samples, started, visibility, database(PlatformServices.Basel), residentMemory, stopSampling.Token);

        var load = await ActivityLoad.RunAsync(gateway, writers, scale.LoadDuration, scale.LoadMaxRequests, scale.Clients, visibility, cancellationToken);
        var ended = Stopwatch.GetTimestamp();
        var outboxAtEnd = await basel.CountAsync(Outbox, cancellationToken);
        var visibleAtEnd = visibility.VisibleBy(ended);
        run.Progress.WriteLine($"R2 {store}: {load.Accepted:N0} accepted in {load.Elapsed.TotalSeconds:0.0} s; waiting up to {scale.VisibilityWait.TotalSeconds:0} s for Reporting...");
        await visibility.WaitForAllAsync(scale.VisibilityWait, cancellationToken);
        await stopSampling.CancelAsync();
        await sampling;

        // Every accepted activity stored one outbox row; what left the outbox was published.
        var published = load.Accepted - (outboxAtEnd - outboxAtStart);
        var loadSeconds = load.Elapsed.TotalSeconds;
        AddPostLines(store, load);
        AddVisibilityLines(store, visibility.SecondsToVisible());
        AddFlowLine(store, published, visibleAtEnd, outboxAtEnd - outboxAtStart, loadSeconds);

        var peak = samples.SelectMany(sample => sample.Resident)
            .GroupBy(entry => entry.Key, entry => entry.Value)
            .ToDictionary(group => group.Key, group => group.Max());
        return new LoadFigures(published / loadSeconds, peak, samples);
    }

    private void AddPostLines(string store, ActivityLoadResult load)
    {
        var refused = load.Refused.Count == 0
            ? ""
            : $", refused: {string.Join(", ", load.Refused.OrderBy(r => r.Key).Select(r => $"{r.Value:N0}× {(r.Key == 0 ? "no answer" : r.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}"))}";
        var p50 = load.Milliseconds.Count > 0 ? Latencies.Percentile(load.Milliseconds, 0.5) : double.NaN;
        table.Add(new ResultLine("R2", $"{store}: activities POSTed via the gateway per second, {load.Elapsed.TotalSeconds:0} s, {scale.Clients} clients",
            $"{ResultTable.Number(load.PerSecond)}/s ({load.Accepted:N0} accepted{refused}; POST p50 {ResultTable.Number(p50)} ms)", "≥ 2,000/s", load.PerSecond >= 2000)
        {
            Values = new Dictionary<string, double>
            {
                ["acceptedPerSecond"] = load.PerSecond,
                ["accepted"] = load.Accepted,
                ["refused"] = load.Refused.Values.Sum(),
                ["postP50Milliseconds"] = p50,
                ["postP99Milliseconds"] = load.Milliseconds.Count > 0 ? Latencies.Percentile(load.Milliseconds, 0.99) : double.NaN,
            },
        });
    }

    private void AddVisibilityLines(string store, IReadOnlyList<double> seconds)
    {
        if (seconds.Count == 0)
        {
            table.Add(new ResultLine("R2", $"{store}: time until visible in Reporting", "nothing was accepted", "p99 ≤ 1 s", false));
            return;
        }

        var (p50, p99, max) = (Latencies.Percentile(seconds, 0.5), Latencies.Percentile(seconds, 0.99), seconds[^1]);
        var missing = seconds.Count(double.IsInfinity);
        var note = missing == 0 ? "" : $" ({missing:N0} not visible {scale.VisibilityWait.TotalSeconds:0} s after the load)";
        table.Add(new ResultLine("R2", $"{store}: time until visible in Reporting, p50 / p99 / max",
            $"{ResultTable.Number(p50, "0.00")} / {ResultTable.Number(p99, "0.00")} / {ResultTable.Number(max, "0.00")} s{note}", "p99 ≤ 1 s", p99 <= 1)
        {
            Values = new Dictionary<string, double> { ["p50Seconds"] = p50, ["p99Seconds"] = p99, ["maxSeconds"] = max, ["notVisible"] = missing },
        });
    }

    /// <summary>R4: what Reporting consumed over what the relay published while the load ran, and what was left between them at its end.</summary>
    private void AddFlowLine(string store, long published, int consumed, long outboxGrowth, double seconds)
    {
        // A row leaves the outbox once the broker confirmed it, so a message can be consumed a moment before
        // it counts as published here: the ratio may pass 1 by the relay's messages in flight.
        var ratio = published > 0 ? consumed / (double)published : double.NaN;
        var backlog = Math.Max(0, published - consumed);
        var oneSecond = published / seconds;
        table.Add(new ResultLine("R4", $"{store}: consumed ÷ published under load; backlog at its end",
            $"{ResultTable.Number(ratio, "0.00")} ({consumed:N0} / {published:N0}); {backlog:N0} published not yet consumed (outbox: {outboxGrowth:N0} not yet published)",
            "≥ 0.95, backlog ≤ 1 s of publishing", ratio >= 0.95 && backlog <= oneSecond)
        {
            Values = new Dictionary<string, double>
            {
                ["ratio"] = ratio,
                ["published"] = published,
                ["consumed"] = consumed,
                ["consumerBacklog"] = backlog,
                ["outboxBacklog"] = outboxGrowth,
            },
        });
    }

    private static async Task SampleAsync(
        List<LoadSample> samples, long started, Visibility visibility, string baselDatabase,
        Func<IReadOnlyDictionary<string, long>> residentMemory, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            // A connection of its own: the phase counts on the other one meanwhile.
            await using var basel = await ServiceStore.OpenAsync(baselDatabase, cancellationToken);
            do
            {
                var outbox = await basel.CountAsync(Outbox, cancellationToken);
                samples.Add(new LoadSample(
                    Stopwatch.GetElapsedTime(started).TotalSeconds, visibility.Accepted, visibility.Visible, outbox, residentMemory()));
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The load and the wait after it are over.
        }
    }
}

/// <summary>One second of the load: accepted activities, those visible in Reporting, outbox rows waiting, each process's resident bytes.</summary>
internal sealed record LoadSample(double Seconds, int Accepted, int Visible, long OutboxRows, IReadOnlyDictionary<string, long> Resident);

/// <summary>What the load phase hands on: the relay's rate under load, each process's peak resident bytes, the samples.</summary>
internal sealed record LoadFigures(double RelayedPerSecond, IReadOnlyDictionary<string, long> PeakResident, IReadOnlyList<LoadSample> Samples);
