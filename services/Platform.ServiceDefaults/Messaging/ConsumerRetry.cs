using MassTransit;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// The one retry policy of every consumer definition: transient failures (a locked database, a
/// dropped connection) get a few quick retries, then the message lands in the endpoint's
/// <c>_error</c> queue, where operations can replay it.
/// </summary>
public static class ConsumerRetry
{
    /// <summary>Milliseconds between the attempts: about nine seconds in all.</summary>
    public static IReadOnlyList<int> Intervals { get; } = [100, 500, 1000, 2000, 5000];

    /// <param name="exceptions">
    /// Narrows which failures are retried, for a consumer whose failure of some kind does not go
    /// away by retrying (<c>exceptions =&gt; exceptions.Ignore&lt;ContradictingAnswerException&gt;()</c>).
    /// </param>
    public static void UseConsumerRetry(this IReceiveEndpointConfigurator endpoint, Action<IExceptionConfigurator>? exceptions = null) =>
        endpoint.UseMessageRetry(retry =>
        {
            retry.Intervals([.. Intervals]);
            exceptions?.Invoke(retry);
        });
}
