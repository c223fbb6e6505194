using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Validation;
using RabbitMQ.Client.Exceptions;

namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary><c>/ops/dead-letters</c>: what waits in this service's error queues, and the replay of one message.</summary>
internal static class DeadLettersApi
{
    public const int DefaultPageSize = 100;

    public static RouteGroupBuilder MapDeadLettersApi(this RouteGroupBuilder operations)
    {
        operations.MapGet("/dead-letters", ListAsync);
        operations.MapPost("/dead-letters/{messageId:guid}/replay", ReplayAsync);
        return operations;
    }

    private static async Task<Results<Ok<DeadLetterPage>, ValidationProblem, ProblemHttpResult>> ListAsync(
        DeadLetterQueues queues, DeadLetterBrowser browser, CancellationToken cancellationToken,
        string? queue = null, int pageSize = DefaultPageSize)
    {
        var errors = new ValidationErrors();
        Paging.CheckPageSize(errors, pageSize);

        var selected = queues.All.Where(known => queue is null || known.Name == queue).ToList();
        var skipped = queues.Skipped.Where(known => queue is null || known.Endpoint == selected.FirstOrDefault()?.Endpoint).ToList();
        if (queue is not null && selected.Count == 0)
        {
            errors.Add("queue", $"'{queue}' is not one of this service's error queues.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        try
        {
            return TypedResults.Ok(await browser.PeekAsync(selected, skipped, pageSize, cancellationToken));
        }
        catch (Exception exception) when (IsBrokerFailure(exception))
        {
            return BrokerUnavailable(exception, "The error queues could not be read.");
        }
    }

    private static async Task<Results<Ok<DeadLetter>, NotFound, ProblemHttpResult>> ReplayAsync(
        Guid messageId, DeadLetterReplay replay, CancellationToken cancellationToken)
    {
        try
        {
            return await replay.ReplayAsync(messageId, cancellationToken) is { } replayed
                ? TypedResults.Ok(replayed)
                : TypedResults.NotFound();
        }
        catch (Exception exception) when (IsBrokerFailure(exception))
        {
            return BrokerUnavailable(exception, "The message was not replayed and is still in its error queue.");
        }
    }

    private static bool IsBrokerFailure(Exception exception) => exception is RabbitMQClientException or IOException or TimeoutException;

    private static ProblemHttpResult BrokerUnavailable(Exception exception, string consequence) => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "The broker could not complete the request",
        detail: $"{consequence} {exception.Message}");
}
