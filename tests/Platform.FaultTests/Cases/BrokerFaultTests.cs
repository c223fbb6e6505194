namespace Platform.FaultTests.Cases;

/// <summary>
/// The broker fails under a steady flow of writes: killed, frozen, out of memory, or reached over a
/// bad network. The sources keep accepting writes into their outboxes meanwhile; once the broker is
/// back every acknowledged write must reach both views once, in order.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class BrokerFaultTests(FaultPlatform platform)
{
    [Fact]
    public async Task Broker_killed_mid_flow_and_restarted_after_five_seconds_loses_nothing_and_applies_nothing_twice()
    {
        var outcome = await platform.RunCaseAsync("1 broker killed (SIGKILL), restarted after 5 s", async _ =>
        {
            await platform.Broker.KillAsync();
            await Task.Delay(TimeSpan.FromSeconds(5));
            await platform.Broker.RestartAsync();
            return Stopwatch.GetTimestamp();
        });

        Assert.True(outcome.Clean && outcome.Recovery is not null && outcome.Acknowledged > 0, outcome.ToString());
    }

    [Fact]
    public async Task Broker_frozen_for_ten_seconds_mid_flow_then_resumed_loses_nothing_and_applies_nothing_twice()
    {
        var outcome = await platform.RunCaseAsync("2 broker paused (SIGSTOP) for 10 s", async _ =>
        {
            platform.Broker.Pause();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(10));
            }
            finally
            {
                platform.Broker.Resume();
            }

            return Stopwatch.GetTimestamp();
        });

        Assert.True(outcome.Clean && outcome.Recovery is not null && outcome.Acknowledged > 0, outcome.ToString());
    }

    [Fact]
    public async Task Broker_memory_alarm_blocks_the_publishers_and_once_cleared_everything_acknowledged_arrives()
    {
        var acknowledgedWhileBlocked = 0;
        var outcome = await platform.RunCaseAsync("3 broker memory alarm, publishers blocked, cleared", async flow =>
        {
            // A watermark far below what the node uses raises the alarm at once: every publishing connection is blocked.
            await platform.Broker.SetMemoryHighWatermarkAsync(0.000001);
            try
            {
                var blockedFrom = flow.Acknowledged;
                await Task.Delay(TimeSpan.FromSeconds(8));
                acknowledgedWhileBlocked = flow.Acknowledged - blockedFrom;
            }
            finally
            {
                await platform.Broker.SetMemoryHighWatermarkAsync(0.4);
            }

            return Stopwatch.GetTimestamp();
        });

        // The sources kept answering: their outboxes took the writes the broker could not.
        Assert.True(acknowledgedWhileBlocked > 0, "No write was acknowledged while the broker was blocked.");
        Assert.True(outcome.Clean && outcome.Recovery is not null, outcome.ToString());
    }

    [Fact]
    public async Task Latency_and_resets_between_Basel_and_the_broker_for_a_minute_lose_nothing_and_leak_no_channel()
    {
        var start = await Reconciliation.BeginAsync(platform, "11 200 ms latency and random resets, Basel to broker, 60 s");
        var before = await BrokerCounts.SettledAsync(platform.Broker);
        await using var flow = platform.StartFlow(start.Label, clients: 2, pauseMilliseconds: 100);
        var random = new Random(platform.Seed);
        var samples = new List<(int Connections, int Channels)>();
        platform.BaselLink.Latency = TimeSpan.FromMilliseconds(200);
        var watch = Stopwatch.StartNew();
        var nextSample = TimeSpan.Zero;
        try
        {
            while (watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (watch.Elapsed >= nextSample)
                {
                    samples.Add(await platform.Broker.CountConnectionsAsync());
                    nextSample += TimeSpan.FromSeconds(10);
                }

                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(2_000, 6_000)));
                platform.BaselLink.ResetOne(random);
            }
        }
        finally
        {
            platform.BaselLink.Latency = TimeSpan.Zero;
        }

        var healed = Stopwatch.GetTimestamp();
        await flow.StopAsync();
        var outcome = await platform.SettleAsync(start, flow, healed);
        var after = await BrokerCounts.SettledAsync(platform.Broker);
        var sampled = string.Join(", ", samples.Select(sample => $"{sample.Connections}/{sample.Channels}"));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"connections/channels: before {before.Connections}/{before.Channels}; every 10 s {sampled}; after {after.Connections}/{after.Channels}; {platform.BaselLink.Resets} resets");

        Assert.True(outcome.Clean && outcome.Recovery is not null, outcome.ToString());
        Assert.True(platform.BaselLink.Resets >= 8, $"Only {platform.BaselLink.Resets} connections were reset.");
        // Every reset connection came back, with no more channels than it had.
        Assert.True(BrokerCounts.NoneGrew(before, after), $"Connections/channels were {before.Connections}/{before.Channels} before and {after.Connections}/{after.Channels} after ({sampled}).");
    }
}
