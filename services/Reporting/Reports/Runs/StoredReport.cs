using System.Text.Json;

namespace Reporting.Reports.Runs;

/// <summary>
/// A compiled report as its run keeps it (<see cref="ReportRun.ReportJson"/>), written and read
/// here only. The writer escapes every control and writes a lone surrogate as U+FFFD, but a run
/// stored otherwise may hold a lone surrogate escape ("\uD800"), which System.Text.Json refuses
/// to read; such a run must still open, so its strings are read by
/// <see cref="StoredTextConverter"/>.
/// </summary>
internal static class StoredReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web)
    {
        Converters = { new StoredTextConverter() },
    };

    public static string Write(ConsolidatedReport report) => JsonSerializer.Serialize(report, Options);

    public static ConsolidatedReport Read(string json) =>
        JsonSerializer.Deserialize<ConsolidatedReport>(json, Options)
        ?? throw new JsonException("The stored report is null.");
}
