namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// The outbox's promise: an activity accepted while the broker is down is stored with its event,
/// and the event reaches Reporting once the broker is back, exactly once. This test stops a
/// broker, so it has one of its own.
/// </summary>
public sealed class BrokerOutageTests
{
    [Fact]
    public async Task Activity_accepted_while_the_broker_is_down_reaches_reporting_exactly_once_after_it_returns()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var broker = await TestServerAvailability.StartRestartableRabbitMqOrSkipAsync(cancellation);

        await using var stack = PlatformStack.Start(new PlatformStackOptions
        {
            RabbitMq = broker.ConnectionString,
            Services = [PlatformServices.Basel, PlatformServices.Reporting],
            Settings = new Dictionary<string, string?> { ["Messaging:Outbox:MaxBackoff"] = "00:00:01" },
        });
        using var client = stack.Client(stack.Tokens.For("basel-member", "basel-team"));

        await broker.StopAsync(cancellation);
        using var created = await client.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity("Recorded during a broker outage"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetString()!;

        await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
        Assert.Equal(1, await PendingOutboxRowsAsync(stack));
        Assert.Empty(await client.ReportedActivitiesAsync(id));

        await broker.RestartAsync(cancellation);

        var reported = await Eventually.ReturnsAsync(
            () => client.ReportedActivitiesAsync(id),
            found => found.Count > 0,
            because: "the activity in Reporting after the broker returned",
            timeout: TimeSpan.FromSeconds(90));
        Assert.Single(reported);
        await Eventually.TrueAsync(async () => await PendingOutboxRowsAsync(stack) == 0, because: "the delivered outbox row to be cleaned");
        Assert.Equal(1, await HandledByReportingAsync(stack, Guid.Parse(id)));
    }

    private static async Task<int> PendingOutboxRowsAsync(PlatformStack stack)
    {
        await using var scope = stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().OutboxMessages.CountAsync();
    }

    private static async Task<int> HandledByReportingAsync(PlatformStack stack, Guid activityId)
    {
        await using var scope = stack.Service(PlatformServices.Reporting).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var record = await db.Activities.SingleAsync(a => a.ActivityId == activityId);
        return await db.InboxMessages.CountAsync(m => m.MessageId == record.SourceMessageId);
    }
}
