namespace Platform.FaultTests.Cases;

/// <summary>
/// A service's process dies outright (SIGKILL: no shutdown, no last flush) at the worst moments:
/// Reporting in a backlog, a source with committed rows its relay has not published, a source
/// whose relay had its publishes confirmed but not yet forgotten; and a service behind the gateway.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ServiceFaultTests(FaultPlatform platform)
{
    private const int Backlog = 2_000;

    [Fact]
    public async Task Reporting_killed_in_a_backlog_of_two_thousand_messages_and_restarted_takes_each_in_once()
    {
        var start = await Reconciliation.BeginAsync(platform, "4 Reporting killed in a backlog of 2,000 messages, restarted");
        await platform.KillAsync(PlatformServices.Reporting);
        await using var flow = platform.StartFlow(start.Label, clients: 8, pauseMilliseconds: 0);
        await flow.WaitForAcknowledgedAsync(Backlog, TimeSpan.FromSeconds(120));
        await flow.StopAsync();
        Assert.True(flow.Acknowledged >= Backlog, $"Only {flow.Acknowledged} writes were acknowledged for the backlog.");

        // Reporting starts on the backlog and is killed again a quarter of the way through it.
        await platform.StartAgainAsync(PlatformServices.Reporting);
        var watch = Stopwatch.StartNew();
        while (await platform.Stores.CountChangesAfterAsync(start.LastChange) < Backlog / 4 && watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        await platform.KillAsync(PlatformServices.Reporting);
        var takenBeforeKill = await platform.Stores.CountChangesAfterAsync(start.LastChange);
        await platform.StartAgainAsync(PlatformServices.Reporting);
        var healed = Stopwatch.GetTimestamp();
        // A compiler starts a report run while the backlog is still being taken in: the run fetches from the
        // sources what the read model misses, so older events of those activities arrive after newer versions.
        await platform.StartReportRunAsync();

        // Reporting's process restarted, so its count of absorbed duplicates started again: not comparable.
        var outcome = await platform.SettleAsync(start, flow, healed, absorbedComparable: false);
        Assert.True(takenBeforeKill < flow.Acknowledged, $"Reporting had taken in all {takenBeforeKill} changes before it was killed: no backlog was left.");
        Assert.True(outcome.Clean && outcome.Recovery is not null, outcome.ToString());
    }

    [Fact]
    public async Task Source_killed_with_committed_rows_its_relay_has_not_published_relays_them_once_restarted()
    {
        // Basel's publishes stop at the proxy, so what it commits from now on waits in its outbox.
        var (outcome, pending) = await KillBaselWithRowsWaitingAsync(
            "5 Basel killed between commit and relay, restarted", held => platform.BaselLink.HoldToBroker = held);

        Assert.True(pending > 0, "Basel's outbox held no row when it was killed.");
        Assert.True(outcome.Clean && outcome.Recovery is not null, $"{outcome} ({pending} outbox rows pending at the kill)");
    }

    [Fact]
    public async Task Relay_killed_after_the_broker_confirmed_and_before_the_rows_were_deleted_sends_duplicates_the_inbox_absorbs()
    {
        // Basel's publishes reach the broker and its queues, but the confirms stop at the proxy: the relay
        // cannot delete rows the broker already has, and dies so.
        var (outcome, pending) = await KillBaselWithRowsWaitingAsync(
            "6 Basel's relay killed after the broker confirmed, before the delete", held => platform.BaselLink.HoldFromBroker = held);

        Assert.True(pending > 0, "Basel's outbox held no row when it was killed.");
        Assert.True(outcome.Clean && outcome.Recovery is not null, $"{outcome} ({pending} outbox rows pending at the kill)");
        // The restarted relay sent again what the broker had confirmed: each copy was absorbed, and counted.
        Assert.True(outcome.Absorbed > 0, $"{outcome}: no duplicate was absorbed, though {pending} confirmed rows were sent again.");
    }

    [Fact]
    public async Task Service_killed_behind_the_gateway_is_a_quick_problem_the_others_answer_and_it_comes_back_without_a_gateway_restart()
    {
        var start = await Reconciliation.BeginAsync(platform, "10 Rotterdam killed behind the gateway, restarted");
        await using var flow = platform.StartFlow(start.Label);
        await flow.WaitForSentAsync(60, TimeSpan.FromSeconds(30));
        var (_, rotterdam) = platform.Writers.First(writer => writer.Source == PlatformServices.Rotterdam);
        var (_, basel) = platform.Writers.First(writer => writer.Source == PlatformServices.Basel);

        await platform.KillAsync(PlatformServices.Rotterdam);
        var slowest = TimeSpan.Zero;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var watch = Stopwatch.StartNew();
            using var refused = await GetAsync("/api/rotterdam/activities?pageSize=1", rotterdam);
            slowest = Max(slowest, watch.Elapsed);
            Assert.True(refused.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable, $"Rotterdam down: {(int)refused.StatusCode}");
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal((int)refused.StatusCode, problem.GetProperty("status").GetInt32());
        }

        Assert.True(slowest < TimeSpan.FromSeconds(1), $"The gateway took {slowest.TotalMilliseconds:0} ms to answer for a dead service.");
        using (var others = await GetAsync("/api/basel/activities?pageSize=1", basel))
        {
            Assert.Equal(HttpStatusCode.OK, others.StatusCode);
        }

        await Eventually.ReturnsAsync(async () =>
        {
            using var ready = await platform.Gateway.GetAsync("/health/ready");
            return await ready.Content.ReadAsStringAsync();
        }, text => text.Contains("rotterdam", StringComparison.Ordinal), because: "the gateway's readiness to name the dead service");

        await platform.StartAgainAsync(PlatformServices.Rotterdam);
        var healed = Stopwatch.GetTimestamp();
        // The gateway that routed the failures routes to the returned service: it was not restarted.
        await Eventually.ReturnsAsync(async () =>
        {
            using var answer = await GetAsync("/api/rotterdam/activities?pageSize=1", rotterdam);
            return answer.StatusCode;
        }, status => status == HttpStatusCode.OK, because: "the gateway to route to Rotterdam again");
        await flow.WaitForSentAsync(flow.Sent + 60, TimeSpan.FromSeconds(30));
        await flow.StopAsync();

        var outcome = await platform.SettleAsync(start, flow, healed);
        Assert.True(outcome.Clean && outcome.Recovery is not null, outcome.ToString());
    }

    /// <summary>
    /// Holds one direction of Basel's link to the broker (<paramref name="hold"/>) for 3 s, kills Basel with the
    /// rows that piled up in its outbox meanwhile, and restarts it on an open link.
    /// </summary>
    private async Task<(CaseOutcome Outcome, long Pending)> KillBaselWithRowsWaitingAsync(string label, Action<bool> hold)
    {
        long pending = 0;
        var outcome = await platform.RunCaseAsync(label, async _ =>
        {
            hold(true);
            await Task.Delay(TimeSpan.FromSeconds(3));
            await platform.KillAsync(PlatformServices.Basel);
            pending = await platform.Stores.CountAsync(PlatformServices.Basel, "outbox_messages");
            platform.BaselLink.ResetAll();
            hold(false);
            await platform.StartAgainAsync(PlatformServices.Basel);
            return Stopwatch.GetTimestamp();
        });
        return (outcome, pending);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return await platform.Gateway.SendAsync(request);
    }

    private static TimeSpan Max(TimeSpan one, TimeSpan other) => one > other ? one : other;
}
