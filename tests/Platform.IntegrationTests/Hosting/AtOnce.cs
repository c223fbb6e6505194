namespace Platform.IntegrationTests.Hosting;

/// <summary>
/// Sends requests at the same instant, as two users clicking together would: every sender waits
/// on its own thread at one gate, and the gate opens only once all of them are waiting.
/// </summary>
public static class AtOnce
{
    public static async Task<HttpResponseMessage[]> SendAsync(params Func<Task<HttpResponseMessage>>[] senders)
    {
        using var ready = new CountdownEvent(senders.Length);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sending = senders.Select(send => Task.Run(async () =>
        {
            ready.Signal();
            await gate.Task;
            return await send();
        })).ToList();
        ready.Wait(TimeSpan.FromSeconds(10));
        gate.SetResult();
        return await Task.WhenAll(sending);
    }

    /// <summary>Where a racing request is sent: through the gateway, or straight at the service behind it.</summary>
    public static TheoryData<string> Routes { get; } = new(Gateway, Service);

    public const string Gateway = "gateway";

    public const string Service = "service";
}
