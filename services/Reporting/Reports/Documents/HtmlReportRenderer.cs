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
    };

    // The page is written into a buffer of about this size, which goes to the output whenever it fills.
    private const int ChunkSize = 64 * 1024;

    public string Format => "html";

    public string ContentType => "text/html; charset=utf-8";

    public string FileExtension => ".html";

    public async Task RenderAsync(ReportEdition edition, Stream output, CancellationToken ct)
    {
        var outline = ReportOutline.Build(edition);

        // The output may be a response, which takes asynchronous writes only, and an asynchronous
        // write per element would cost more than the element: the page is written synchronously
        // into a buffer that is handed on, asynchronously, each time it fills.
        using var buffer = new MemoryStream(2 * ChunkSize);
        using var writer = XmlWriter.Create(buffer, WriterSettings);
        async Task FlushAsync(int atLeast)
        {
            writer.Flush();
            if (buffer.Length >= atLeast)
            {
                await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
                buffer.SetLength(0);
            }
        }

        writer.WriteRaw("<!DOCTYPE html>\n");
        writer.WriteStartElement("html", HtmlElements.Namespace);
        writer.WriteAttributeString("lang", outline.Language.Name);
        writer.WriteAttributeString("dir", outline.RightToLeft ? "rtl" : "ltr");
        Head(outline).WriteTo(writer);
        writer.WriteStartElement("body", HtmlElements.Namespace);
        foreach (var block in outline.Blocks)
        {
            HtmlElements.Write(writer, block);
            if (block is Table table)
            {
                foreach (var row in table.Rows)
                {
                    HtmlElements.Row(writer, row);
                    if (buffer.Length >= ChunkSize)
                    {
                        await FlushAsync(ChunkSize);
                    }
                }

                HtmlElements.EndTable(writer);
            }

            if (buffer.Length >= ChunkSize)
            {
                await FlushAsync(ChunkSize);
            }
        }

        writer.WriteFullEndElement();
        writer.WriteFullEndElement();
        await FlushAsync(0);
    }

    private static XElement Head(DocumentOutline outline)
    {
        var x = HtmlElements.Xhtml;
        return new XElement(x + "head",
            new XElement(x + "meta", new XAttribute("charset", "utf-8")),
            new XElement(x + "meta", new XAttribute("name", "viewport"), new XAttribute("content", "width=device-width, initial-scale=1")),
            new XElement(x + "title", $"{outline.Title} ({outline.Symbol})"),
            new XElement(x + "style", HtmlElements.Stylesheet));
    }
}
