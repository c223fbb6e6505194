namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// The relay keeps many publishes in flight; a broker that goes away in the middle of that must
/// not cost an event: rows whose publish was not confirmed stay and are sent again, and the
/// consumers' inboxes absorb what arrives twice. This test stops a broker, so it has one of its own.
/// </summary>
public sealed class RelayOutageTests
{
    private const int Activities = 300;

    [Fact]
    public async Task Broker_lost_while_the_relay_has_publishes_in_flight_costs_no_event_and_applies_none_twice()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var broker = await TestServerAvailability.StartRestartableRabbitMqOrSkipAsync(cancellation);

        await using var stack = PlatformStack.Start(new PlatformStackOptions
        {
            RabbitMq = broker.ConnectionString,
            Services = [PlatformServices.Basel, PlatformServices.Reporting],
            Settings = new Dictionary<string, string?>
            {
                ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
                // Small batches: the relay needs many rounds for the backlog, and the broker is lost during one.
                ["Messaging:Outbox:BatchSize"] = "20",
            },
        });
        using var client = stack.Client(stack.Tokens.For("basel-member", "basel-team"));

        await broker.StopAsync(cancellation);
        var ids = new List<string>();
        foreach (var chunk in Enumerable.Range(1, Activities).Chunk(10))
        {
            var created = await Task.WhenAll(chunk.Select(async number =>
            {
                using var response = await client.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity($"Recorded while the broker is away, {number}"));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                return (await response.ReadJsonAsync()).GetProperty("id").GetString()!;
            }));
            ids.AddRange(created);
        }

        Assert.Equal(Activities, await PendingOutboxRowsAsync(stack));

        await broker.RestartAsync(cancellation);
        // Stopped the moment the first rows are confirmed, while later batches are still to go or in flight.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (await PendingOutboxRowsAsync(stack) == Activities)
        {
            Assert.True(DateTime.UtcNow < deadline, "The relay did not start on the backlog after the broker returned.");
            await Task.Delay(5, cancellation);
        }

        await broker.StopAsync(cancellation);
        await broker.RestartAsync(cancellation);

        await Eventually.TrueAsync(async () => await PendingOutboxRowsAsync(stack) == 0, because: "every outbox row to be relayed", timeout: TimeSpan.FromSeconds(120));
        var handled = await Eventually.ReturnsAsync(
            () => HandledByReportingAsync(stack),
            found => found.Count == Activities,
            because: "every activity in Reporting",
            timeout: TimeSpan.FromSeconds(120));
        Assert.Equal(ids.Order(), handled.Keys.Select(id => id.ToString()).Order());
        Assert.All(handled.Values, timesHandled => Assert.Equal(1, timesHandled));
    }

    private static async Task<int> PendingOutboxRowsAsync(PlatformStack stack)
    {
        await using var scope = stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().OutboxMessages.CountAsync();
    }

    /// <summary>Each activity in Reporting's read model, with how many times its message was handled there.</summary>
    private static async Task<Dictionary<Guid, int>> HandledByReportingAsync(PlatformStack stack)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var records = await db.Activities.AsNoTracking().Select(a => new { a.ActivityId, a.SourceMessageId }).ToListAsync();
        var messages = records.Select(r => r.SourceMessageId).ToList();
        var inbox = await db.InboxMessages.AsNoTracking().Where(m => messages.Contains(m.MessageId)).Select(m => m.MessageId).ToListAsync();
        return records.ToDictionary(r => r.ActivityId, r => inbox.Count(id => id == r.SourceMessageId));
    }
}
