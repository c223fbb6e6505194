using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Reports.Documents;
using Reporting.Reports.Model;

namespace Platform.UnitTests.Reports;

/// <summary>Renders the sample report and reads the result back the way a reader would see it.</summary>
internal static class Rendered
{
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static async Task<byte[]> Bytes(string format, ConsolidatedReport? report = null)
    {
        var renderer = ReportRenderers.Find(format) ?? throw new ArgumentException($"No renderer for {format}.");
        using var output = new MemoryStream();
        await renderer.RenderAsync(ReportEdition.Generated(report ?? SampleReport.Build(), ReportLanguages.English), output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    public static async Task<string> Text(string format) => Encoding.UTF8.GetString(await Bytes(format));

    public static async Task<XDocument> Html() => XDocument.Parse(await Text("html"));

    public static async Task<WordprocessingDocument> Word() =>
        WordprocessingDocument.Open(new MemoryStream(await Bytes("docx")), isEditable: false);

    /// <summary>The lines a reader sees in a document: one per paragraph, heading, list item or table cell.</summary>
    public static async Task<IReadOnlyList<string>> Lines(string format)
    {
        switch (format)
        {
            case "docx":
                using (var word = await Word())
                {
                    return [.. word.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];
                }

            case "html":
                var html = await Html();
                return [.. html.Descendants().Where(e => e.Name.LocalName is "h1" or "h2" or "h3" or "p" or "li" or "td" or "th")
                    .Select(e => e.Value)];
            default:
                return (await Text(format)).Split('\n');
        }
    }

    /// <summary>The section headings, in document order.</summary>
    public static async Task<IReadOnlyList<string>> Sections(string format)
    {
        switch (format)
        {
            case "docx":
                using (var word = await Word())
                {
                    return [.. word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2")
                        .Select(p => p.InnerText)];
                }

            case "html":
                return [.. (await Html()).Descendants(Xhtml + "h2").Select(h => h.Value)];
            default:
                return [.. (await Text(format)).Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..])];
        }
    }
}
