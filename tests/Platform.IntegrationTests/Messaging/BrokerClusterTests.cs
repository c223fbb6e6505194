using Platform.Contracts.Activities;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// The broker as a three-node cluster with quorum queues: Basel and Reporting connect through an
/// address naming all three nodes, and the node that leads their queues is stopped while a
/// thousand activities flow. Every one reaches Reporting's read model, and none has effect twice.
/// This test stops a node, so it has a cluster of its own.
/// </summary>
public sealed class BrokerClusterTests(ITestOutputHelper output)
{
    private const int Activities = 1_000;

    // Enough to keep both cores busy without the HTTP side starving the consumers.
    private const int Posting = 6;

    // The node goes while activities are still being posted, and the relay and consumers are mid-flow.
    private const int StopAfter = Activities / 4;

    [Fact]
    public async Task Activities_flowing_while_the_node_leading_the_queues_stops_all_reach_reporting_once()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using var cluster = await TestServerAvailability.StartOrSkipAsync(RabbitMqCluster.StartAsync, cancellation);
        output.WriteLine($"{cluster.Description}, clustered in {clock.Elapsed.TotalSeconds:0.0} s");

        await using var stack = PlatformStack.Start(new PlatformStackOptions
        {
            RabbitMq = cluster.ConnectionString,
            Services = [PlatformServices.Basel, PlatformServices.Reporting],
            WebApp = false,
            Settings = new Dictionary<string, string?> { ["Messaging:Outbox:MaxBackoff"] = "00:00:01" },
        });

        var queues = await cluster.ListQueuesAsync(ct: cancellation);
        var serviceQueues = queues.Where(queue => queue.Name.StartsWith("basel-", StringComparison.Ordinal)
            || queue.Name.StartsWith("reporting-", StringComparison.Ordinal)).ToList();
        Assert.Contains(serviceQueues, queue => queue.Name.StartsWith("reporting-activit", StringComparison.Ordinal));
        Assert.All(serviceQueues, queue => Assert.Equal("quorum", queue.Type));
        var leader = serviceQueues.GroupBy(queue => queue.Leader).MaxBy(led => led.Count())!.Key;
        Assert.Contains(leader, cluster.NodeNames);

        var posting = clock.Elapsed;
        using var basel = stack.Client(stack.Tokens.For("basel-member", "basel-team"), service: PlatformServices.Basel);
        var sent = new System.Collections.Concurrent.ConcurrentBag<Guid>();
        Task? stopping = null;
        await Parallel.ForEachAsync(
            Enumerable.Range(1, Activities),
            new ParallelOptions { MaxDegreeOfParallelism = Posting, CancellationToken = cancellation },
            async (number, ct) =>
            {
                using var created = await basel.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity($"Cluster activity {number}"));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                sent.Add(Guid.Parse((await created.ReadJsonAsync()).GetProperty("id").GetString()!));
                if (number == StopAfter)
                {
                    stopping = cluster.StopNodeAsync(leader, CancellationToken.None);
                }
            });
        Assert.NotNull(stopping);
        await stopping;

        var posted = clock.Elapsed;
        var ids = sent.ToList();
        var arrived = await Eventually.ReturnsAsync(
            () => ArrivedAsync(stack, ids),
            count => count == ids.Count,
            because: $"all {ids.Count} activities in Reporting's read model with {leader} stopped",
            timeout: TimeSpan.FromSeconds(60));
        await Eventually.TrueAsync(async () => await PendingOutboxRowsAsync(stack) == 0, because: "Basel's outbox to be relayed and cleaned");

        var (rows, handled) = await EffectsAsync(stack, ids);
        var duplicates = (rows - arrived) + (handled - arrived);
        var lost = ids.Count - arrived;
        output.WriteLine(
            $"Broker cluster: sent {ids.Count}, arrived {arrived}, duplicates in effect {duplicates}, lost {lost}"
            + $" ({leader} stopped after {StopAfter} posts, leading {serviceQueues.Count(queue => queue.Leader == leader)} of {serviceQueues.Count} quorum queues;"
            + $" posted in {(posted - posting).TotalSeconds:0.0} s, all arrived {(clock.Elapsed - posted).TotalSeconds:0.0} s later)");
        Assert.Equal(Activities, ids.Count);
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicates);
    }

    private static async Task<int> ArrivedAsync(PlatformStack stack, List<Guid> ids)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.Activities.Where(activity => ids.Contains(activity.ActivityId)).Select(activity => activity.ActivityId).Distinct().CountAsync();
    }

    /// <summary>
    /// Read-model rows for the activities, and the inbox entries of the activity events Reporting
    /// handled: one each when every event had its effect once, more when a copy of one (republished
    /// by the relay, redelivered by the broker) was applied again.
    /// </summary>
    private static async Task<(int Rows, int Handled)> EffectsAsync(PlatformStack stack, List<Guid> ids)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var messageType = typeof(ActivityRecorded).FullName!;
        return (
            await db.Activities.CountAsync(activity => ids.Contains(activity.ActivityId)),
            await db.InboxMessages.CountAsync(message => message.MessageType == messageType));
    }

    private static async Task<int> PendingOutboxRowsAsync(PlatformStack stack)
    {
        await using var scope = stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().OutboxMessages.CountAsync();
    }
}
