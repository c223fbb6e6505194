using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Reports.Documents;
using Reporting.Reports.Model;

namespace Platform.UnitTests.Reports;

/// <summary>
/// Renders the sample report (numbered, in English, unless a test says otherwise) and reads the
/// result back the way a reader would see it.
/// </summary>
internal static class Rendered
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static ReportEdition Edition(
        ConsolidatedReport? report = null, string language = "en", DocumentNumbers? numbers = null,
        IReadOnlyDictionary<string, string>? edits = null) =>
        new(report ?? SampleReport.Build(), ReportLanguages.Find(language)!, edits ?? new Dictionary<string, string>(), numbers ?? SampleReport.Numbers);

    public static Task<byte[]> Bytes(string format, ConsolidatedReport? report = null) => Bytes(format, Edition(report));

    public static async Task<byte[]> Bytes(string format, ReportEdition edition)
    {
        var renderer = ReportRenderers.OnThisHost.Find(format) ?? throw new ArgumentException($"No renderer for {format}.");
        using var output = new MemoryStream();
        await renderer.RenderAsync(edition, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    public static async Task<string> Text(string format, ReportEdition? edition = null) =>
        Encoding.UTF8.GetString(await Bytes(format, edition ?? Edition()));

    public static async Task<XDocument> Html(ReportEdition? edition = null) => XDocument.Parse(await Text("html", edition));

    public static async Task<WordprocessingDocument> Word(ReportEdition? edition = null) =>
        WordprocessingDocument.Open(new MemoryStream(await Bytes("docx", edition ?? Edition())), isEditable: false);

    /// <summary>A Word paragraph's text as a reader sees it: a tab where the number and the text are set apart.</summary>
    public static string Text(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch
        {
            Text text => text.Text,
            TabChar => "\t",
            _ => "",
        }));

    /// <summary>The lines a reader sees in a document: one per paragraph, heading, list item or table cell.</summary>
    public static async Task<IReadOnlyList<string>> Lines(string format, ReportEdition? edition = null)
    {
        switch (format)
        {
            case "docx":
                using (var word = await Word(edition))
                {
                    // The footnotes follow the body, as a printed page shows them below its text.
                    var footnotes = word.MainDocumentPart!.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(f => f.Id?.Value > 0)
                        .SelectMany(f => f.Descendants<Paragraph>()) ?? [];
                    return [.. word.MainDocumentPart.Document!.Body!.Descendants<Paragraph>().Concat(footnotes).Select(Text)];
                }

            case "html":
                var html = await Html(edition);
                return [.. html.Descendants().Where(e => e.Name.LocalName is "h1" or "h2" or "h3" or "p" or "li" or "td" or "th")
                    .Select(e => e.Value)];
            default:
                return (await Text(format, edition)).Split('\n');
        }
    }

    /// <summary>The numbered sections ("I. Introduction") and the sources, in document order, as "I. Introduction".</summary>
    public static async Task<IReadOnlyList<string>> Sections(string format, ReportEdition? edition = null) =>
        await Headings(format, 2, edition);

    /// <summary>The headings of one level (2 sections, 3 subsections), the number and text joined by ". ".</summary>
    public static async Task<IReadOnlyList<string>> Headings(string format, int level, ReportEdition? edition = null)
    {
        switch (format)
        {
            case "docx":
                using (var word = await Word(edition))
                {
                    return [.. word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == $"Heading{level.ToString(CultureInfo.InvariantCulture)}")
                        .Select(p => Text(p).Replace(".\t", ". ", StringComparison.Ordinal))];
                }

            case "html":
                return [.. (await Html(edition)).Descendants(Xhtml + $"h{level.ToString(CultureInfo.InvariantCulture)}")
                    .Select(h => h.Element(Xhtml + "span") is { } number
                        ? $"{number.Value} {string.Concat(h.Nodes().OfType<XText>().Select(t => t.Value)).Trim()}"
                        : h.Value)];
            default:
                var prefix = new string('#', level) + " ";
                return [.. (await Text(format, edition)).Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..])];
        }
    }
}
