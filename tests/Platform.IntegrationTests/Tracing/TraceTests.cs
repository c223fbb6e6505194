using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Platform.IntegrationTests.Tracing;

/// <summary>
/// Captures every span of the process: in-memory exporters see all activity sources of the
/// process, so the spans of each host are told apart by the port they served on.
/// </summary>
public sealed class TracedStackFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    private readonly List<Activity> _spans = [];

    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel, PlatformServices.Reporting];

    public IReadOnlyList<Activity> Spans
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }
    }

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options with
    {
        ConfigureServices = (host, services) =>
        {
            if (host == "gateway")
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new CapturingProcessor(_spans)));
            }
        },
    };

    private sealed class CapturingProcessor(List<Activity> spans) : OpenTelemetry.BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data)
        {
            lock (spans)
            {
                spans.Add(data);
            }
        }
    }
}

public sealed class TraceTests(TracedStackFixture fixture) : IClassFixture<TracedStackFixture>
{
    [Fact]
    public async Task One_trace_spans_the_gateway_request_basel_handler_publish_and_reporting_consume()
    {
        var stack = fixture.Stack;
        using var client = stack.Client(stack.Tokens.For("basel-member", "basel-team"));
        // The client's own span: the HTTP client propagates its context, as a caller's tracing would.
        using var caller = new Activity("report compiler's call").SetIdFormat(ActivityIdFormat.W3C).Start();
        caller.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        var traceId = caller.TraceId;

        using var response = await client.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity("Traced activity"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var gatewayPort = stack.Gateway.Address.Port;
        var baselPort = stack.Service(PlatformServices.Basel).Address.Port;
        List<Activity> spans;
        try
        {
            spans = await Eventually.ReturnsAsync(
                () => Task.FromResult(fixture.Spans.Where(span => span.TraceId == traceId).ToList()),
                found => found.Any(IsReportingConsume),
                because: "Reporting's consume span in the request's trace");
        }
        catch (TimeoutException)
        {
            Assert.Fail($"No Reporting consume span in trace {traceId}. Spans of the trace: {Describe(fixture.Spans.Where(span => span.TraceId == traceId))}");
            throw;
        }

        var gatewayRequest = spans.Where(span => span.Kind == ActivityKind.Server && ServedOn(span, gatewayPort)).ToList();
        var baselHandler = spans.Where(span => span.Kind == ActivityKind.Server && ServedOn(span, baselPort)).ToList();
        var publish = spans.Where(span => span.Source.Name == "MassTransit" && span.Kind == ActivityKind.Producer).ToList();
        var consume = spans.Where(IsReportingConsume).ToList();

        var seen = Describe(spans);
        Assert.True(gatewayRequest.Count == 1, $"gateway request span missing: {seen}");
        Assert.True(baselHandler.Count == 1, $"Basel handler span missing: {seen}");
        Assert.True(publish.Count >= 1, $"publish span missing: {seen}");
        Assert.True(consume.Count >= 1, $"Reporting consume span missing: {seen}");
        Assert.Equal(gatewayRequest[0].SpanId, FindAncestorOnPort(spans, baselHandler[0], gatewayPort));
    }

    private static string Describe(IEnumerable<Activity> spans) =>
        string.Join("; ", spans.Select(span => $"{span.Source.Name}/{span.Kind}/{span.DisplayName}"));

    private static bool ServedOn(Activity span, int port) =>
        span.GetTagItem("server.port") is int served && served == port;

    private static bool IsReportingConsume(Activity span) =>
        span.Source.Name == "MassTransit" &&
        span.Kind == ActivityKind.Consumer &&
        span.DisplayName.Contains("reporting-activity-events", StringComparison.Ordinal);

    // Walks up from a span through the spans captured (the HTTP client span sits between the two servers).
    private static ActivitySpanId FindAncestorOnPort(List<Activity> spans, Activity span, int port)
    {
        var byId = spans.ToDictionary(s => s.SpanId);
        var current = span;
        while (byId.TryGetValue(current.ParentSpanId, out var parent))
        {
            if (parent.Kind == ActivityKind.Server && ServedOn(parent, port))
            {
                return parent.SpanId;
            }

            current = parent;
        }

        return default;
    }
}
