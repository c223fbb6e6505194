using MassTransit;
using Platform.Contracts.Activities;
using Platform.IntegrationTests.Security;

namespace Platform.IntegrationTests.Messaging;

/// <summary>A message delivered twice has one effect: the consumer's inbox remembers the message id.</summary>
public sealed class InboxTests(BaselAndReportingFixture fixture) : IClassFixture<BaselAndReportingFixture>
{
    [Fact]
    public async Task Same_message_delivered_twice_has_one_effect()
    {
        var reporting = fixture.Stack.Service(PlatformServices.Reporting);
        var bus = reporting.Services.GetRequiredService<IBus>();
        var handled = new HandledCounter();
        using var observer = bus.ConnectReceiveObserver(handled);
        var messageId = NewId.NextGuid();
        var activityId = Guid.NewGuid();

        // The second copy carries the same id but newer content: only the inbox, not the
        // version check, can keep it from being applied.
        await bus.Publish(Event(activityId, version: 1, "First delivery"), context => context.MessageId = messageId);
        await Eventually.TrueAsync(() => Task.FromResult(handled.Count(messageId) == 1), because: "the first delivery to be handled");
        await bus.Publish(Event(activityId, version: 2, "Redelivery of the same message"), context => context.MessageId = messageId);
        await Eventually.TrueAsync(() => Task.FromResult(handled.Count(messageId) == 2), because: "the redelivery to be handled");
        await using var scope = reporting.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var record = await db.Activities.SingleAsync(a => a.ActivityId == activityId);
        Assert.Equal(1, record.Version);
        Assert.Equal("First delivery", record.Title);
        Assert.Equal(1, await db.InboxMessages.CountAsync(m => m.MessageId == messageId));
    }

    [Fact]
    public async Task Older_version_arriving_late_is_ignored()
    {
        var reporting = fixture.Stack.Service(PlatformServices.Reporting);
        var bus = reporting.Services.GetRequiredService<IBus>();
        var handled = new HandledCounter();
        using var observer = bus.ConnectReceiveObserver(handled);
        var activityId = Guid.NewGuid();
        var newer = NewId.NextGuid();
        var older = NewId.NextGuid();

        await bus.Publish(Event(activityId, version: 3, "Third version"), context => context.MessageId = newer);
        await Eventually.TrueAsync(() => Task.FromResult(handled.Count(newer) == 1), because: "the newer version");
        await bus.Publish(Event(activityId, version: 2, "Second version, late"), context => context.MessageId = older);
        await Eventually.TrueAsync(() => Task.FromResult(handled.Count(older) == 1), because: "the late older version");

        await using var scope = reporting.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().Activities
            .SingleAsync(a => a.ActivityId == activityId);
        Assert.Equal(3, record.Version);
        Assert.Equal("Third version", record.Title);
    }

    private static ActivityRecorded Event(Guid activityId, int version, string title) => new()
    {
        Activity = new ActivitySnapshot
        {
            Id = activityId,
            Convention = "basel",
            Version = version,
            Title = title,
            Type = "meeting",
            Status = "completed",
            Start = new DateOnly(2020, 1, 15),
            RecordedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        },
    };

    /// <summary>Counts deliveries handled (acknowledged) by any endpoint of the bus, per message id.</summary>
    private sealed class HandledCounter : IReceiveObserver
    {
        private readonly Dictionary<Guid, int> _counts = [];

        public int Count(Guid messageId)
        {
            lock (_counts)
            {
                return _counts.GetValueOrDefault(messageId);
            }
        }

        public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

        public Task PostReceive(ReceiveContext context)
        {
            if (context.GetMessageId() is { } id)
            {
                lock (_counts)
                {
                    _counts[id] = _counts.GetValueOrDefault(id) + 1;
                }
            }

            return Task.CompletedTask;
        }

        public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

        public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;

        public Task ReceiveFault(ReceiveContext context, Exception exception) => Task.CompletedTask;
    }
}
