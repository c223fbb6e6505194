namespace Platform.DemoData;

/// <summary>A bounded wait for something that crosses the broker: a partner reaching a replica, a proposal its addressee.</summary>
internal static class Delivery
{
    /// <summary>
    /// Calls <paramref name="pending"/> until it answers null (nothing pending); its last answer
    /// says what was still missing when <paramref name="timeout"/> passed.
    /// </summary>
    public static async Task UntilAsync(Func<Task<string?>> pending, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await pending() is { } missing)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new DemoLoadException($"Gave up after {timeout.TotalSeconds:0} s: {missing}. Is the broker running and every service consuming?");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }
}
