using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reporting.Reports.Documents.Word;

/// <summary>Paragraphs and runs of report text in the parts built with the SDK (cover, page headers and footers, footnotes).</summary>
internal static class WordText
{
    /// <summary>A text element that keeps its leading and trailing spaces.</summary>
    public static Text Of(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    public static Paragraph Styled(string styleId, params OpenXmlElement[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        paragraph.Append(runs);
        return paragraph;
    }

    public static Run Run(string text, bool bold = false) =>
        bold ? new Run(new RunProperties(new Bold()), Of(text)) : new Run(Of(text));
}
