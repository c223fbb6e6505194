namespace Platform.IntegrationTests.Hosting;

/// <summary>Waits for something that happens asynchronously (a message consumed, a span exported).</summary>
public static class Eventually
{
    /// <summary>Calls <paramref name="probe"/> until <paramref name="isDone"/> holds for its value, and returns that value.</summary>
    public static async Task<T> ReturnsAsync<T>(
        Func<Task<T>> probe, Func<T, bool> isDone, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var value = await probe();
            if (isDone(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up waiting for {because}; last seen: {value}.");
            }

            await Task.Delay(100);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> probe, string because, TimeSpan? timeout = null) =>
        ReturnsAsync(probe, done => done, because, timeout);
}
