namespace Platform.FaultTests.Harness;

/// <summary>The broker's count of client connections and channels, read once the services have settled.</summary>
internal static class BrokerCounts
{
    /// <summary>
    /// The counts once they hold still (the same twice, a second apart): a service reconnecting, or an
    /// operations request's channel still closing, is not counted as one more for good.
    /// </summary>
    public static async Task<(int Connections, int Channels)> SettledAsync(RabbitMqBroker broker)
    {
        var last = await broker.CountConnectionsAsync();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var now = await broker.CountConnectionsAsync();
            if (now == last)
            {
                return now;
            }

            last = now;
        }

        return last;
    }

    /// <summary>Every connection is back, and there are no more channels than before (a leak would add some with each reconnection).</summary>
    public static bool NoneGrew((int Connections, int Channels) before, (int Connections, int Channels) after) =>
        after.Connections == before.Connections && after.Channels <= before.Channels;
}
