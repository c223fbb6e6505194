using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Health;

/// <summary>Writes a health report as JSON: overall status and each check's status and description.</summary>
internal static class HealthReportWriter
{
    /// <summary>
    /// The anonymous readiness answer orchestrators probe: statuses and descriptions only. A check's
    /// data (broker addresses, endpoint names) is for operations, at <c>/ops/health</c>.
    /// </summary>
    public static Task WriteAsync(HttpContext context, HealthReport report) => WriteJsonAsync(context, new
    {
        status = report.Status.ToString(),
        checks = report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
    });

    /// <summary>
    /// The report for operations: every check, ready-tagged or not, with its tags, how long it took
    /// and the error behind a failure, which an anonymous caller must not see.
    /// </summary>
    public static Task WriteDetailedAsync(HttpContext context, HealthReport report) => WriteJsonAsync(context, new
    {
        status = report.Status.ToString(),
        durationMs = report.TotalDuration.TotalMilliseconds,
        checks = report.Entries.ToDictionary(
            entry => entry.Key,
            entry => new
            {
                status = entry.Value.Status.ToString(),
                description = entry.Value.Description,
                durationMs = entry.Value.Duration.TotalMilliseconds,
                tags = entry.Value.Tags,
                data = entry.Value.Data,
                error = entry.Value.Exception is { } exception
                    ? new { type = exception.GetType().FullName, message = exception.Message }
                    : null,
            }),
    });

    private static Task WriteJsonAsync(HttpContext context, object body)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
