using MassTransit.Logging;
using MassTransit.Monitoring;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Platform.ServiceDefaults.Messaging.Outbox;

namespace Platform.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces, metrics and logs for ASP.NET Core, HttpClient, EF Core, MassTransit and the outbox
    /// relay, so that one trace follows a request from the gateway through a service, its
    /// publish and every consumer. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set;
    /// metrics can also be scraped in Prometheus text by operations (<c>/ops/metrics</c>).
    /// </summary>
    public static IHostApplicationBuilder AddPlatformTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(InstrumentationOptions.MeterName)
                .AddMeter(Persistence.PersistenceMetrics.MeterName)
                .AddView(StreamOf)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(serviceName)
                .AddSource(DiagnosticHeaders.DefaultListenerName)
                .AddSource(OutboxRelayTelemetry.ActivitySourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = IsNotProbeOrScrape)
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>
    /// Every metric stream sets aside room for as many tag combinations as its limit allows when it
    /// is created: at the SDK's default of 2,000 that held 18 MB of the gateway's heap at idle, for
    /// streams most of which never see more than a handful. The runtime's
    /// instruments have a few fixed tag values; HTTP and message metrics, one series per route or
    /// message type and outcome, stay well under theirs. A stream that does reach its limit keeps
    /// counting, in one overflow series.
    /// </summary>
    /// <remarks>
    /// Kestrel's memory pool counters are not collected: they move with every buffer Kestrel
    /// rents, several times per request (1-2 % of the gateway's processor time under load, in a
    /// profile), and they describe the server's internals rather than anything operations acts on.
    /// </remarks>
    private static MetricStreamConfiguration StreamOf(System.Diagnostics.Metrics.Instrument instrument) =>
        instrument.Meter.Name switch
        {
            "Microsoft.AspNetCore.MemoryPool" => MetricStreamConfiguration.Drop,
            var meter when meter.StartsWith("System.Runtime", StringComparison.Ordinal) => new() { CardinalityLimit = 50 },
            _ => new() { CardinalityLimit = 400 },
        };

    /// <summary>Probes and metric scrapes come every few seconds; as traces they would bury the requests worth following.</summary>
    private static bool IsNotProbeOrScrape(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/health")
        && !(context.Request.Path.StartsWithSegments("/ops") && context.Request.Path.Value!.EndsWith("/metrics", StringComparison.Ordinal));
}
