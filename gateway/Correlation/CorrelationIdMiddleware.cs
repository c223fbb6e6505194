using System.Buffers;
using System.Collections;
using System.Diagnostics;

namespace Gateway.Correlation;

/// <summary>
/// Gives every request a correlation id: a well-formed one the client sent, else the trace id.
/// It is returned on every response (refusals included), forwarded to the service, and carried
/// by every log line written while the request runs.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";
    private const int MaxLength = 64;

    /// <summary>Only short ids of letters, digits and <c>-_.:</c>: anything else could smuggle text into logs.</summary>
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:");

    public async Task InvokeAsync(HttpContext context)
    {
        var sent = context.Request.Headers[HeaderName];
        var correlationId = sent.Count == 1 && sent[0] is { } value && IsWellFormed(value)
            ? value
            : Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;

        context.Request.Headers[HeaderName] = correlationId;
        context.Response.OnStarting(static state =>
        {
            var (response, id) = ((HttpResponse, string))state;
            response.Headers[HeaderName] = id;
            return Task.CompletedTask;
        }, (context.Response, correlationId));
        Activity.Current?.SetTag("correlation.id", correlationId);

        using (logger.BeginScope(new CorrelationScope(correlationId)))
        {
            await next(context);
        }
    }

    private static bool IsWellFormed(string value) =>
        value.Length is > 0 and <= MaxLength && !value.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>The log scope's one property, in the list form log providers read scope properties from.</summary>
    private sealed class CorrelationScope(string correlationId) : IReadOnlyList<KeyValuePair<string, object>>
    {
        public int Count => 1;

        public KeyValuePair<string, object> this[int index] =>
            index == 0 ? new("CorrelationId", correlationId) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object>> GetEnumerator()
        {
            yield return this[0];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"CorrelationId:{correlationId}";
    }
}
