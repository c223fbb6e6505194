using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reporting.Reports.Documents.Outline;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace Reporting.Reports.Documents.Word;

/// <summary>
/// The cover block: the three symbols and the distribution, date and language lines at the
/// right; the conferences with their meetings; the agenda item, whose footnote (a real Word
/// footnote, marked "*" by the section's footnote numbering) names the provisional agendas; the title.
/// </summary>
internal static class WordCover
{
    private const int AgendaFootnote = 1;

    public static IEnumerable<OpenXmlElement> Build(MainDocumentPart main, Cover cover)
    {
        foreach (var symbol in cover.Symbols)
        {
            yield return WordText.Styled(WordStyles.CoverSymbol, WordText.Run(symbol));
        }

        yield return Right(cover.Distribution, spaceBefore: true);
        yield return Right(cover.Date);
        yield return Right(cover.LanguageLine);
        if (cover.Draft is { } draft)
        {
            yield return WordText.Styled(WordStyles.CoverSymbol, new Run(new RunProperties(new Color { Val = WordStyles.Alert }), WordText.Of(draft)));
        }

        foreach (var meeting in cover.Meetings)
        {
            yield return Line(meeting.Conference, bold: true, spaceBefore: true);
            yield return Line(meeting.Meeting);
            if (meeting.VenueAndDates is { } place)
            {
                yield return Line(place);
            }
        }

        if (cover.AgendaItem is { } item)
        {
            var agenda = Line(item, spaceBefore: true);
            if (cover.AgendaFootnote is { } footnote)
            {
                agenda.Append(Footnotes.Reference(main, AgendaFootnote, footnote));
            }

            yield return agenda;
            if (cover.AgendaTitle is { } title)
            {
                yield return Line(title, bold: true);
            }
        }

        yield return WordText.Styled(WordStyles.Title, WordText.Run(cover.Title));
    }

    private static Paragraph Right(string text, bool spaceBefore = false)
    {
        var paragraph = Line(text, spaceBefore: spaceBefore);
        paragraph.ParagraphProperties!.Justification = new Justification { Val = JustificationValues.Right };
        return paragraph;
    }

    private static Paragraph Line(string text, bool bold = false, bool spaceBefore = false)
    {
        var paragraph = WordText.Styled(WordStyles.CoverLine, WordText.Run(text, bold));
        if (spaceBefore)
        {
            paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "0" };
        }

        return paragraph;
    }

    /// <summary>The footnotes part, with the separators Word requires before any footnote.</summary>
    private static class Footnotes
    {
        public static Run Reference(MainDocumentPart main, int id, string text)
        {
            var part = main.FootnotesPart ?? main.AddNewPart<FootnotesPart>();
            part.Footnotes ??= new DocumentFormat.OpenXml.Wordprocessing.Footnotes(
                new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), new Run(new SeparatorMark())))
                {
                    Type = FootnoteEndnoteValues.Separator, Id = -1,
                },
                new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), new Run(new ContinuationSeparatorMark())))
                {
                    Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0,
                });
            part.Footnotes.Append(new Footnote(
                WordText.Styled(WordStyles.FootnoteText, Superscript(new FootnoteReferenceMark()), WordText.Run(" " + text)))
            {
                Id = id,
            });

            // Numbered by the section's footnote format (*, †, ‡), so Word and LibreOffice both
            // show the "*" of UN cover pages; a custom mark LibreOffice would show twice.
            return Superscript(new FootnoteReference { Id = id });
        }

        private static Run Superscript(params OpenXmlElement[] content)
        {
            var run = new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }));
            run.Append(content);
            return run;
        }
    }
}
