using Platform.ServiceDefaults.Messaging.Outbox;

namespace Platform.UnitTests.Messaging;

public sealed class OutboxRelayTests
{
    [Fact]
    public async Task Publishes_of_a_batch_are_in_flight_together_and_confirmed_rows_are_deleted()
    {
        // The broker confirms nothing until all ten publishes have reached it: a relay that waited
        // for each confirmation before sending the next would never get past the first.
        var allSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = 0;
        var broker = new FakeBroker(async (_, cancellationToken) =>
        {
            if (Interlocked.Increment(ref sent) == 10)
            {
                allSent.SetResult();
            }

            await allSent.Task.WaitAsync(cancellationToken);
        });
        await using var outbox = new RelayedOutbox(broker);
        await outbox.StoreAsync(10);

        Assert.Equal(10, await outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken));

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], broker.Published);
        Assert.Empty(await outbox.PendingAsync());
    }

    [Fact]
    public async Task Events_of_one_item_are_relayed_one_at_a_time_in_stored_order_beside_the_other_items()
    {
        var broker = new FakeBroker(FakeBroker.Confirmed);
        await using var outbox = new RelayedOutbox(broker);
        await outbox.StoreAsync([
            new NumberedItemEvent(1, "activity:a"), new NumberedItemEvent(2, "activity:b"), new NumberedItemEvent(3, "activity:a"),
            new NumberedEvent(4), new NumberedItemEvent(5, "activity:a"), new NumberedItemEvent(6, "activity:b"), new NumberedEvent(7)]);

        // Each batch takes the first waiting event of every item, and every event of no item.
        Assert.Equal(4, await outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken));
        Assert.Equal([1, 2, 4, 7], broker.Published);
        Assert.Equal([3, 5, 6], await outbox.PendingAsync());

        Assert.Equal(2, await outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken));

        Assert.Equal([1, 2, 4, 7, 3, 6, 5], broker.Published);
        Assert.Empty(await outbox.PendingAsync());
    }

    [Fact]
    public async Task Failed_publish_leaves_its_row_and_every_later_one_for_the_next_attempt_in_order()
    {
        var broker = new FakeBroker((message, _) => message.Number == 4
            ? Task.FromException(new InvalidOperationException("The broker refused event 4."))
            : Task.CompletedTask);
        await using var outbox = new RelayedOutbox(broker);
        await outbox.StoreAsync(10);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken));

        Assert.Equal("The broker refused event 4.", failure.Message);
        Assert.Equal([4, 5, 6, 7, 8, 9, 10], await outbox.PendingAsync());
        var failed = (await outbox.PendingRowsAsync())[0];
        Assert.Equal(1, failed.Attempts);
        Assert.Equal("The broker refused event 4.", failed.LastError);

        broker.Confirm = FakeBroker.Confirmed;
        Assert.Equal(7, await outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken));

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 4, 5, 6, 7, 8, 9, 10], broker.Published);
        Assert.Empty(await outbox.PendingAsync());
    }

    [Fact]
    public async Task Publish_the_broker_never_confirms_keeps_its_row_and_the_rows_after_it()
    {
        // The broker goes away after confirming the first two: the rest are sent but never confirmed.
        var broker = new FakeBroker((message, cancellationToken) => message.Number <= 2
            ? Task.CompletedTask
            : Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken));
        await using var outbox = new RelayedOutbox(broker, new OutboxOptions { PublishTimeout = TimeSpan.FromMilliseconds(200) });
        await outbox.StoreAsync(6);

        // Whichever ends the wait first, the publish's token or the relay's own bound on it.
        var failure = await Record.ExceptionAsync(() => outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken));
        Assert.True(failure is OperationCanceledException or TimeoutException, $"The batch ended with {failure?.GetType().Name ?? "no exception"}.");

        Assert.Equal([3, 4, 5, 6], await outbox.PendingAsync());

        broker.Confirm = FakeBroker.Confirmed;
        await outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken);

        Assert.Empty(await outbox.PendingAsync());
        Assert.Equal([3, 4, 5, 6], broker.Published.Skip(6));
    }

    [Fact]
    public async Task Publish_whose_confirmation_never_comes_whatever_its_token_says_is_given_up_after_the_publish_timeout()
    {
        // A channel caught half-way through a reconnection: the publish neither completes nor heeds its token.
        var broker = new FakeBroker((message, _) => message.Number <= 2 ? Task.CompletedTask : new TaskCompletionSource().Task);
        await using var outbox = new RelayedOutbox(broker, new OutboxOptions { PublishTimeout = TimeSpan.FromMilliseconds(200) });
        await outbox.StoreAsync(4);

        var relaying = outbox.Relay.RelayBatchAsync(TestContext.Current.CancellationToken);
        var ended = await Task.WhenAny(relaying, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken));

        Assert.Same(relaying, ended);
        await Assert.ThrowsAsync<TimeoutException>(() => relaying);
        Assert.Equal([3, 4], await outbox.PendingAsync());
    }
}
