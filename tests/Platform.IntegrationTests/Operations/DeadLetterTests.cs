using Platform.Contracts.Activities;

namespace Platform.IntegrationTests.Operations;

/// <summary>A message that keeps failing waits in its error queue until operations, and only operations, replays it.</summary>
public sealed class DeadLetterTests(OperationsFixture fixture) : IClassFixture<OperationsFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Failed_event_is_listed_for_ops_refused_to_other_roles_and_applied_once_replayed()
    {
        const string title = "Regional workshop the read model cannot store";
        using var ops = Stack.Client(fixture.OpsToken);

        var (activityId, messageId, listed) = await DeadLetteredActivityAsync(ops, title);

        Assert.Equal(DeadLetters.ActivityEventsQueue, listed.GetProperty("queue").GetString());
        Assert.Equal("reporting-activity-events", listed.GetProperty("endpoint").GetString());
        Assert.Contains("urn:message:Platform.Contracts.Activities:ActivityRecorded",
            listed.GetProperty("messageTypes").EnumerateArray().Select(type => type.GetString()));
        Assert.Equal("System.InvalidOperationException", listed.GetProperty("exceptionType").GetString());
        Assert.Equal(RefusedActivityWrites.FaultMessage(title), listed.GetProperty("exceptionMessage").GetString());
        Assert.InRange(listed.GetProperty("failedAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow);
        Assert.True(listed.GetProperty("bodySize").GetInt32() > 0);

        await AssertOthersAreRefusedAsync(messageId);
        Assert.Single((await DeadLetters.ListAsync(ops)).With(messageId));
        Assert.Empty(await ops.ReportedActivitiesAsync(activityId.ToString()));

        fixture.Refused.Fix(title);
        using var replayed = await ops.PostAsync($"/ops/reporting/dead-letters/{messageId}/replay", content: null);

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(messageId.ToString(), (await replayed.ReadJsonAsync()).GetProperty("messageId").GetString());
        var reported = await Eventually.ReturnsAsync(
            () => ops.ReportedActivitiesAsync(activityId.ToString()), found => found.Count == 1,
            because: "the replayed event to reach the read model");
        Assert.Equal(title, reported.Single().GetProperty("title").GetString());
        var afterwards = await DeadLetters.ListAsync(ops);
        Assert.Equal(0, afterwards.GetProperty("total").GetInt64());
        Assert.Empty(afterwards.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Replay_the_broker_cannot_deliver_answers_503_and_leaves_the_message_in_its_error_queue()
    {
        const string title = "Workshop whose replay finds its endpoint unbound";
        using var ops = Stack.Client(fixture.OpsToken);
        var (activityId, messageId, _) = await DeadLetteredActivityAsync(ops, title);
        fixture.Refused.Fix(title);

        await using (await UnboundEndpoint.UnbindAsync(fixture.Broker, "reporting-activity-events"))
        {
            using var refused = await ops.PostAsync($"/ops/reporting/dead-letters/{messageId}/replay", content: null);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Single((await DeadLetters.ListAsync(ops)).With(messageId));
        }

        using var replayed = await ops.PostAsync($"/ops/reporting/dead-letters/{messageId}/replay", content: null);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        await Eventually.TrueAsync(
            async () => (await ops.ReportedActivitiesAsync(activityId.ToString())).Count == 1,
            because: "the message replayed once its endpoint is bound again to reach the read model");
    }

    [Fact]
    public async Task Replaying_a_message_no_error_queue_holds_answers_404()
    {
        using var ops = Stack.Client(fixture.OpsToken);

        using var response = await ops.PostAsync($"/ops/reporting/dead-letters/{Guid.NewGuid()}/replay", content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("queue=basel-activity-events_error", "queue")]
    public async Task Listing_with_a_bad_page_size_or_another_service_queue_answers_400_naming_it(string query, string field)
    {
        using var ops = Stack.Client(fixture.OpsToken);

        using var response = await ops.GetAsync($"/ops/reporting/dead-letters?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadJsonAsync()).ErrorFields());
    }

    /// <summary>
    /// Records an activity at Basel that Reporting's read model refuses, and waits until the event
    /// that carried it is listed among Reporting's dead letters.
    /// </summary>
    private async Task<(Guid ActivityId, Guid MessageId, JsonElement Listed)> DeadLetteredActivityAsync(HttpClient ops, string title)
    {
        fixture.Refused.Refuse(title);
        using var basel = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
        using var created = await basel.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity(title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var activityId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        var messageId = await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.PublishedByBasel.MessageIdOf<ActivityRecorded>(recorded => recorded.Activity.Id == activityId)),
            id => id is not null, because: "Basel to publish the activity");
        var page = await DeadLetters.ListedAsync(ops, messageId!.Value);
        return (activityId, messageId.Value, page.With(messageId.Value).Single());
    }

    /// <summary>
    /// Another team and a reader can neither list nor replay: refused at the gateway, and by the
    /// service when called directly.
    /// </summary>
    private async Task AssertOthersAreRefusedAsync(Guid messageId)
    {
        foreach (var role in new[] { "basel-team", "reader" })
        {
            var token = Stack.Tokens.For("someone", role);
            using var viaGateway = Stack.Client(token);
            using var direct = Stack.Client(token, PlatformServices.Reporting);
            var arrivedBefore = fixture.OpsCallsAtReporting.Count;

            using var list = await viaGateway.GetAsync("/ops/reporting/dead-letters");
            using var replay = await viaGateway.PostAsync($"/ops/reporting/dead-letters/{messageId}/replay", content: null);

            Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, replay.StatusCode);
            Assert.Equal(arrivedBefore, fixture.OpsCallsAtReporting.Count);

            using var listDirect = await direct.GetAsync("/ops/dead-letters");
            using var replayDirect = await direct.PostAsync($"/ops/dead-letters/{messageId}/replay", content: null);

            Assert.Equal(HttpStatusCode.Forbidden, listDirect.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, replayDirect.StatusCode);
        }
    }
}
