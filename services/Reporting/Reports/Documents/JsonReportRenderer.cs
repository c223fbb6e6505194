using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Reporting.Reports.Documents.Json;

namespace Reporting.Reports.Documents;

/// <summary>The report model as is, in camelCase, dates in ISO 8601.</summary>
public sealed class JsonReportRenderer : IReportRenderer
{
    /// <summary>
    /// Web defaults; letters and dashes of every script are written as themselves rather than
    /// as \u escapes, so the symbol and Party names read as they are in the file. Controls are
    /// still escaped, and text passes the document rule like that of every other format.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new DocumentTextConverter() },
    };

    public string Format => "json";

    public string ContentType => "application/json; charset=utf-8";

    public string FileExtension => ".json";

    public Task RenderAsync(ReportEdition edition, Stream output, CancellationToken ct) =>
        JsonSerializer.SerializeAsync(output, edition.Report, Options, ct);
}
