namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary>
/// A message waiting in an error queue, as operations sees it: where it failed, what it is and
/// why it failed (MassTransit's <c>MT-Fault-*</c> headers). <see cref="Endpoint"/> is the input
/// queue it failed in, where a replay sends it.
/// </summary>
public sealed record DeadLetter(
    string Queue,
    string Endpoint,
    Guid? MessageId,
    IReadOnlyList<string> MessageTypes,
    DateTimeOffset? FailedAt,
    string? ExceptionType,
    string? ExceptionMessage,
    string? ConsumerType,
    int BodySize);

/// <summary>One error queue's count of waiting messages; zero for a queue no failure has created yet.</summary>
public sealed record ErrorQueueCount(string Queue, string Endpoint, long Messages);

/// <summary>
/// The dead letters of a service: every error queue's count, and the first <see cref="PageSize"/>
/// waiting messages, oldest first, queue by queue. <see cref="Skipped"/> counts what waits in each
/// endpoint's <c>_skipped</c> queue: messages of a type no consumer of the endpoint takes (sent to
/// the wrong queue, or by a newer publisher), which no replay would help; they are counted so that
/// operations sees them, not listed.
/// </summary>
public sealed record DeadLetterPage(
    long Total, int PageSize, IReadOnlyList<ErrorQueueCount> Queues, IReadOnlyList<DeadLetter> Items, IReadOnlyList<ErrorQueueCount> Skipped);
