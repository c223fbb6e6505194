using RabbitMQ.Client;

namespace Platform.FaultTests.Cases;

/// <summary>
/// Messages a consumer cannot take among the good ones: one its store refuses, one of a type it does
/// not know. Each is set aside where operations sees it, and nothing else stops.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class MessageFaultTests(FaultPlatform platform)
{
    [Fact]
    public async Task Poison_message_lands_in_the_error_queue_the_others_flow_and_after_the_fix_a_replay_applies_it_once()
    {
        var start = await Reconciliation.BeginAsync(platform, "8 poison message among good ones, replayed after the fix");
        var poison = $"{start.Label} refused by a constraint of the read model";
        // A constraint Reporting's store holds and this one activity breaks: its event is contract-valid, and refused.
        await platform.Stores.ExecuteAsync(
            PlatformServices.Reporting,
            $"""CREATE TRIGGER fault_suite_refuses BEFORE INSERT ON activities WHEN NEW."Title" = '{poison.Replace("'", "''", StringComparison.Ordinal)}' BEGIN SELECT RAISE(ABORT, 'refused by a constraint of the read model'); END""");
        await using var flow = platform.StartFlow(start.Label);
        await flow.WaitForSentAsync(40, TimeSpan.FromSeconds(30));
        var (source, token) = platform.Writers[0];
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{source}/activities"))
        {
            request.Headers.Authorization = new("Bearer", token);
            request.Content = System.Net.Http.Json.JsonContent.Create(new
            {
                title = poison, description = "An activity Reporting's store refuses.", type = "meeting", status = "completed", start = "2021-04-01",
            });
            using var created = await platform.Gateway.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var deadLetter = await Eventually.ReturnsAsync(
            async () => (await platform.Ops.DeadLettersAsync(PlatformServices.Reporting)).Page.GetProperty("items").EnumerateArray()
                .FirstOrDefault(item => item.GetProperty("queue").GetString() == "reporting-activity-events_error"),
            item => item.ValueKind == JsonValueKind.Object, because: "the refused event to land in Reporting's error queue", TimeSpan.FromSeconds(60));
        var sentWhilePoisoned = flow.Sent;
        await flow.WaitForSentAsync(sentWhilePoisoned + 60, TimeSpan.FromSeconds(30));
        await flow.StopAsync();
        Assert.True(flow.Sent > sentWhilePoisoned, "No write went through after the poison message.");

        // The fix, then the replay.
        await platform.Stores.ExecuteAsync(PlatformServices.Reporting, "DROP TRIGGER fault_suite_refuses");
        Assert.True(await platform.Ops.ReplayAsync(PlatformServices.Reporting, deadLetter.GetProperty("messageId").GetGuid()), "The replay found no such dead letter.");
        var healed = Stopwatch.GetTimestamp();

        var outcome = await platform.SettleAsync(start, flow, healed);
        Assert.True(outcome.Clean && outcome.Recovery is not null, outcome.ToString());
        Assert.True(outcome.DeadLettered == 0, $"{outcome}: dead letters are left after the replay.");
    }

    [Fact]
    public async Task Message_of_an_unknown_type_goes_to_the_skipped_queue_counted_at_ops_and_nothing_else_stops()
    {
        var start = await Reconciliation.BeginAsync(platform, "9 unknown message type published to Reporting's endpoint");
        var skippedBefore = (await platform.Ops.DeadLettersAsync(PlatformServices.Reporting)).Skipped;
        await using var flow = platform.StartFlow(start.Label);
        await flow.WaitForSentAsync(40, TimeSpan.FromSeconds(30));

        await PublishUnknownTypeAsync("reporting-activity-events");
        await Eventually.ReturnsAsync(
            async () => (await platform.Ops.DeadLettersAsync(PlatformServices.Reporting)).Skipped,
            skipped => skipped > skippedBefore, because: "the message to be counted among Reporting's skipped messages");
        var healed = Stopwatch.GetTimestamp();
        await flow.WaitForSentAsync(flow.Sent + 60, TimeSpan.FromSeconds(30));
        await flow.StopAsync();

        var outcome = await platform.SettleAsync(start, flow, healed);
        Assert.Equal(skippedBefore + 1, (await platform.Ops.DeadLettersAsync(PlatformServices.Reporting)).Skipped);
        Assert.True(outcome.Clean && outcome.Recovery is not null, outcome.ToString());
        Assert.True(outcome.DeadLettered == 0, $"{outcome}: the unknown message was dead-lettered rather than skipped.");
    }

    /// <summary>A message in MassTransit's envelope, of a type no consumer of the endpoint takes (as a newer publisher might send), straight to the endpoint's exchange.</summary>
    private async Task PublishUnknownTypeAsync(string endpoint)
    {
        var factory = new ConnectionFactory { Uri = new Uri(platform.Broker.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var messageId = Guid.NewGuid();
        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId,
            messageType = new[] { "urn:message:Platform.Contracts.Activities:ActivityArchived" },
            message = new { activityId = Guid.NewGuid(), archivedAt = DateTimeOffset.UtcNow },
            sentTime = DateTimeOffset.UtcNow,
        });
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = messageId.ToString(),
            DeliveryMode = DeliveryModes.Persistent,
        };
        await channel.BasicPublishAsync(endpoint, routingKey: "", mandatory: true, properties, body);
    }
}
