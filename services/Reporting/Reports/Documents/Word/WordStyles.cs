using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reporting.Reports.Documents.Word;

/// <summary>
/// The styles part, after the UN's document styles: Times New Roman 10 pt body text, bold
/// headings whose numeral hangs in the margin, numbered paragraphs with the number at the
/// indent, the cover block's symbols and title, the page header and footnote text, table text
/// and the notice. The document's language is set once here, for spelling and for the script of
/// right-to-left and East Asian text.
/// </summary>
internal static class WordStyles
{
    public const string Heading1 = "Heading1", Heading2 = "Heading2", Heading3 = "Heading3", Title = "Title";
    public const string NumberedParagraph = "NumberedParagraph", CoverSymbol = "CoverSymbol", CoverLine = "CoverLine";
    public const string Header = "Header", Footer = "Footer", FootnoteText = "FootnoteText";
    public const string Notice = "Notice", TableText = "TableText", ListBullet = "ListBullet";
    public const string Accent = "1F4E79", Alert = "B00020", AlertFill = "FDECEA";
    public const string Font = "Times New Roman", EastAsianFont = "SimSun";

    // Twentieths of a point: the UN's indents of 0.5 cm steps.
    public const int Indent = 567;

    public static void AddTo(MainDocumentPart main, string languageTag)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            Defaults(languageTag),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            },
            Heading(Heading1, "heading 1", 0, size: 28, before: 240, hanging: false),
            Heading(Heading2, "heading 2", 1, size: 24, before: 360, hanging: true),
            Heading(Heading3, "heading 3", 2, size: 20, before: 240, hanging: true),
            Paragraph(Title, "Title",
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "240" }),
                Size(new StyleRunProperties(new Bold()), 28)),
            Paragraph(NumberedParagraph, "Numbered Paragraph",
                new StyleParagraphProperties(
                    new Tabs(new TabStop { Val = TabStopValues.Left, Position = 2 * Indent }),
                    new SpacingBetweenLines { After = "120" },
                    new Indentation { Left = (2 * Indent).ToString(CultureInfo.InvariantCulture), Hanging = Indent.ToString(CultureInfo.InvariantCulture) },
                    new Justification { Val = JustificationValues.Both }),
                null),
            Paragraph(CoverSymbol, "Cover Symbol",
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Right }),
                Size(new StyleRunProperties(new Bold()), 24)),
            Paragraph(CoverLine, "Cover Line",
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
                null),
            Paragraph(Header, "header",
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Right }),
                Size(new StyleRunProperties(new Bold()), 17)),
            Paragraph(Footer, "footer",
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }, new Justification { Val = JustificationValues.Center }),
                Size(new StyleRunProperties(new Bold()), 17)),
            Paragraph(FootnoteText, "footnote text",
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
                Size(new StyleRunProperties(), 16)),
            Paragraph(Notice, "Notice",
                new StyleParagraphProperties(
                    new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 6, Color = Alert }),
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = AlertFill },
                    new SpacingBetweenLines { Before = "120", After = "240" }),
                new StyleRunProperties(new Bold(), new Color { Val = Alert })),
            Paragraph(TableText, "Table Text",
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                Size(new StyleRunProperties(), 17)),
            Paragraph(ListBullet, "List Bullet",
                new StyleParagraphProperties(
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordNumbering.Bullets }),
                    new SpacingBetweenLines { After = "60" }),
                null));
    }

    private static DocDefaults Defaults(string languageTag) => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = EastAsianFont },
            new FontSize { Val = "20" },
            new FontSizeComplexScript { Val = "20" },
            // The language of Latin text; East Asian and right-to-left text have their own attributes.
            new Languages
            {
                Val = languageTag.StartsWith("zh", StringComparison.Ordinal) || languageTag.StartsWith("ar", StringComparison.Ordinal) ? "en-GB" : languageTag,
                EastAsia = languageTag.StartsWith("zh", StringComparison.Ordinal) ? languageTag : "zh-CN",
                Bidi = languageTag.StartsWith("ar", StringComparison.Ordinal) ? languageTag : "ar-SA",
            })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto })));

    private static Style Heading(string id, string name, int level, int size, int before, bool hanging)
    {
        var paragraph = new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new Tabs(new TabStop { Val = TabStopValues.Left, Position = Indent }),
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = "120" });
        if (hanging)
        {
            paragraph.Append(new Indentation { Left = Indent.ToString(CultureInfo.InvariantCulture), Hanging = Indent.ToString(CultureInfo.InvariantCulture) });
        }

        paragraph.Append(new OutlineLevel { Val = level });
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new UIPriority { Val = 9 },
            new PrimaryStyle(),
            paragraph,
            Size(new StyleRunProperties(new Bold()), size))
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };
    }

    private static StyleRunProperties Size(StyleRunProperties run, int halfPoints)
    {
        var size = halfPoints.ToString(CultureInfo.InvariantCulture);
        run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        return run;
    }

    private static Style Paragraph(string id, string name, StyleParagraphProperties paragraph, StyleRunProperties? run)
    {
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph)
        {
            Type = StyleValues.Paragraph, StyleId = id,
        };
        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
