using System.Text;
using System.Xml;
using System.Xml.Linq;
using Reporting.Reports.Documents.Html;
using Reporting.Reports.Documents.Outline;

namespace Reporting.Reports.Documents;

/// <summary>
/// One self-contained HTML page: an embedded stylesheet and the chart inline as SVG. It is
/// written through an XML writer, so it is also well-formed XHTML and every text is encoded.
/// The page carries its language and, for Arabic, <c>dir="rtl"</c>; printed, the annex starts
/// on a new page.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        OmitXmlDeclaration = true,
        Async = true,
    };

    public string Format => "html";

    public string ContentType => "text/html; charset=utf-8";

    public string FileExtension => ".html";

    public async Task RenderAsync(ReportEdition edition, Stream output, CancellationToken ct)
    {
        var page = Page(edition);
        await using var writer = XmlWriter.Create(output, WriterSettings);
        await writer.WriteRawAsync("<!DOCTYPE html>\n");
        await page.WriteToAsync(writer, ct);
        await writer.FlushAsync();
    }

    private static XElement Page(ReportEdition edition)
    {
        var x = HtmlElements.Xhtml;
        var outline = ReportOutline.Build(edition);
        return new XElement(x + "html",
            new XAttribute("lang", outline.Language.Name),
            new XAttribute("dir", outline.RightToLeft ? "rtl" : "ltr"),
            new XElement(x + "head",
                new XElement(x + "meta", new XAttribute("charset", "utf-8")),
                new XElement(x + "meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
                new XElement(x + "title", $"{outline.Title} ({outline.Symbol})"),
                new XElement(x + "style", HtmlElements.Stylesheet)),
            new XElement(x + "body",
                outline.Blocks.Select(HtmlElements.Block)));
    }
}
