using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Reporting.Reports.Documents.Json;
using Reporting.Reports.Documents.Outline;

namespace Reporting.Reports.Documents;

/// <summary>
/// The report model as is, in camelCase, dates in ISO 8601, with every source's id, version and
/// message; and under <c>document</c> what the other formats show in the edition's language: the
/// symbols, the cover block, the note and each section's text (the compiler's where edited).
/// </summary>
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

    public async Task RenderAsync(ReportEdition edition, Stream output, CancellationToken ct)
    {
        var json = JsonSerializer.SerializeToNode(edition.Report, Options)!.AsObject();
        json["document"] = JsonSerializer.SerializeToNode(DocumentJson.Of(edition), Options);
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Options.Encoder });
        json.WriteTo(writer, Options);
        await writer.FlushAsync(ct);
    }

    /// <summary>The document as the other formats lay it out.</summary>
    private sealed record DocumentJson(
        string Language,
        bool Draft,
        IReadOnlyList<string> Symbols,
        string Title,
        CoverJson Cover,
        IReadOnlyList<string> Note,
        IReadOnlyList<SectionJson> Sections)
    {
        public static DocumentJson Of(ReportEdition edition)
        {
            var outline = ReportOutline.Build(edition);
            var cover = outline.Blocks.OfType<Cover>().Single();
            var note = outline.Blocks.TakeWhile(block => block is not PageBreak).OfType<NumberedParagraph>().Select(p => p.Text).ToList();
            var sections = ReportSections.Compose(edition.Report, edition.Language)
                .Select(section => edition.EditedSections.TryGetValue(section.Id, out var edited)
                    ? new SectionJson(section.Id, section.Title, edited, Edited: true)
                    : new SectionJson(section.Id, section.Title, section.Text, Edited: false))
                .ToList();
            return new DocumentJson(
                outline.Language.Name, edition.IsDraft, outline.Symbols, outline.Title,
                new CoverJson(cover.Distribution, cover.Date, cover.LanguageLine, cover.Meetings, cover.AgendaItem, cover.AgendaTitle, cover.AgendaFootnote),
                note, sections);
        }
    }

    private sealed record CoverJson(
        string Distribution, string Date, string LanguageLine, IReadOnlyList<CoverMeeting> Meetings,
        string? AgendaItem, string? AgendaTitle, string? AgendaFootnote);

    private sealed record SectionJson(string Id, string Title, string Text, bool Edited);
}
