using Platform.Benchmarks.EndToEnd.Processes;

namespace Platform.FaultTests.Cases;

/// <summary>
/// Mixed traffic for a while (60 s in the normal run; <c>tests/run.sh --soak</c> makes it 10 minutes)
/// with the broker killed, Reporting killed and Reporting's database locked at random: every write
/// kept, and no process, nor the broker's count of connections and channels, growing.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class SoakTests(FaultPlatform platform)
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Mixed_traffic_with_faults_injected_at_random_keeps_every_write_and_grows_neither_memory_nor_channels()
    {
        var duration = TimeSpan.FromSeconds(int.Parse(Environment.GetEnvironmentVariable("PLATFORM_FAULT_SOAK_SECONDS") ?? "60", CultureInfo.InvariantCulture));
        var start = await Reconciliation.BeginAsync(platform, $"12 soak, {duration.TotalSeconds:0} s of mixed traffic, faults 1, 4 and 7 at random");
        var before = await BrokerCounts.SettledAsync(platform.Broker);
        var random = new Random(platform.Seed);
        await using var flow = platform.StartFlow(start.Label, clients: 2, pauseMilliseconds: 100);
        using var stopJointWork = new CancellationTokenSource();
        var jointWork = new JointWork(platform, start.Label);
        var jointWorkRunning = jointWork.RunAsync(stopJointWork.Token);

        var samples = new List<Sample>();
        var injected = new List<string>();
        var watch = Stopwatch.StartNew();
        var nextSample = TimeSpan.Zero;
        var nextFault = TimeSpan.FromSeconds(random.Next(5, 12));
        while (watch.Elapsed < duration)
        {
            if (watch.Elapsed >= nextSample)
            {
                samples.Add(await SampleAsync(watch.Elapsed));
                nextSample += SampleEvery;
            }

            if (watch.Elapsed >= nextFault)
            {
                var at = watch.Elapsed;
                injected.Add($"{await InjectAsync(random.Next(3))} at {at.TotalSeconds:0} s");
                nextFault = watch.Elapsed + TimeSpan.FromSeconds(random.Next(8, 16));
            }

            await Task.Delay(200);
        }

        await stopJointWork.CancelAsync();
        await jointWorkRunning;
        await flow.StopAsync();
        var healed = Stopwatch.GetTimestamp();
        var outcome = await platform.SettleAsync(start, flow, healed, absorbedComparable: false);
        var after = await BrokerCounts.SettledAsync(platform.Broker);
        samples.Add(await SampleAsync(watch.Elapsed));

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"Faults: {string.Join("; ", injected)}. {jointWork}.");
        output?.WriteLine(Sample.Render(samples));
        output?.WriteLine($"Broker connections/channels before {before.Connections}/{before.Channels}, after {after.Connections}/{after.Channels}.");
        WriteSamples(samples, injected, jointWork);

        Assert.True(outcome.Clean && outcome.Recovery is not null, outcome.ToString());
        Assert.True(injected.Count >= 2, $"Only {injected.Count} faults were injected in {duration.TotalSeconds:0} s.");
        Assert.True(BrokerCounts.NoneGrew(before, after), $"Connections/channels: {before.Connections}/{before.Channels} before, {after.Connections}/{after.Channels} after.");
        foreach (var growth in Sample.Growth(samples).Where(growth => growth.Grew))
        {
            Assert.Fail($"{growth.Process} grew from {growth.FirstHalfMegabytes:0} MB to {growth.LastMegabytes:0} MB:\n{Sample.Render(samples)}");
        }
    }

    /// <summary>One of faults 1 (broker killed, back after 5 s), 4 (Reporting killed, restarted) and 7 (Reporting's database locked for 10 s).</summary>
    private async Task<string> InjectAsync(int fault)
    {
        switch (fault)
        {
            case 0:
                await platform.Broker.KillAsync();
                await Task.Delay(TimeSpan.FromSeconds(5));
                await platform.Broker.RestartAsync();
                return "broker killed for 5 s";
            case 1:
                await platform.KillAsync(PlatformServices.Reporting);
                await platform.StartAgainAsync(PlatformServices.Reporting);
                return "Reporting killed and restarted";
            default:
                await using (await platform.Stores.LockAsync(PlatformServices.Reporting))
                {
                    await Task.Delay(TimeSpan.FromSeconds(10));
                }

                return "Reporting's database locked for 10 s";
        }
    }

    private async Task<Sample> SampleAsync(TimeSpan at)
    {
        var resident = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, deployable) in platform.Processes.Deployables)
        {
            if (deployable.IsRunning)
            {
                resident[name] = deployable.ResidentBytes();
            }
        }

        if (platform.Broker.NodeProcesses is { Count: > 0 } broker)
        {
            resident["broker"] = broker.Sum(ResidentMemory.OfProcess);
        }

        (int, int)? counts = null;
        try
        {
            counts = await platform.Broker.CountConnectionsAsync();
        }
        catch (InvalidOperationException)
        {
            // The broker is down for a fault: no count this time.
        }

        return new Sample(at, resident, counts);
    }

    private void WriteSamples(List<Sample> samples, List<string> injected, JointWork jointWork) =>
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(platform.Table.Path)!, "fault-soak.md"),
            $"Faults: {string.Join("; ", injected)}. {jointWork}.\n\n{Sample.Render(samples)}");

    /// <summary>What every process held (resident memory) and the broker's connections and channels at one moment of the soak.</summary>
    private sealed record Sample(TimeSpan At, IReadOnlyDictionary<string, long> Resident, (int Connections, int Channels)? Broker)
    {
        public static string Render(IReadOnlyList<Sample> samples)
        {
            var processes = samples.SelectMany(sample => sample.Resident.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            var text = new StringBuilder();
            text.AppendLine($"| s | {string.Join(" | ", processes.Select(process => process + " MB"))} | connections | channels |");
            text.AppendLine($"|---:|{string.Concat(processes.Select(_ => "---:|"))}---:|---:|");
            foreach (var sample in samples)
            {
                var memory = processes.Select(process => sample.Resident.TryGetValue(process, out var bytes) ? (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture) : "-");
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {sample.At.TotalSeconds:0} | {string.Join(" | ", memory)} | {sample.Broker?.Connections.ToString(CultureInfo.InvariantCulture) ?? "-"} | {sample.Broker?.Channels.ToString(CultureInfo.InvariantCulture) ?? "-"} |");
            }

            return text.ToString();
        }

        /// <summary>
        /// Each process's last figure against the highest of the first half of the run: growth is a last figure
        /// more than a quarter and 40 MB above it (a process restarted by a fault starts low, and is compared too).
        /// </summary>
        public static IEnumerable<(string Process, double FirstHalfMegabytes, double LastMegabytes, bool Grew)> Growth(IReadOnlyList<Sample> samples)
        {
            var half = samples.Take(Math.Max(1, samples.Count / 2)).ToList();
            foreach (var process in samples[^1].Resident.Keys)
            {
                var early = half.Where(sample => sample.Resident.ContainsKey(process)).Select(sample => sample.Resident[process] / 1048576.0).DefaultIfEmpty(0).Max();
                var last = samples[^1].Resident[process] / 1048576.0;
                yield return (process, early, last, early > 0 && last > early * 1.25 && last - early > 40);
            }
        }
    }
}
