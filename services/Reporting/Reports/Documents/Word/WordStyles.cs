using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Reporting.Reports.Documents.Word;

/// <summary>The styles part: body text, three heading levels, the notice, table text and bullets.</summary>
internal static class WordStyles
{
    public const string Heading1 = "Heading1", Heading2 = "Heading2", Heading3 = "Heading3";
    public const string Notice = "Notice", TableText = "TableText", ListBullet = "ListBullet";
    public const string Accent = "1F4E79", Alert = "B00020", AlertFill = "FDECEA";

    public static void AddTo(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            Defaults(),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
            {
                Type = StyleValues.Paragraph, StyleId = "Normal", Default = true,
            },
            Heading(Heading1, "heading 1", 0, size: 32, before: 0),
            Heading(Heading2, "heading 2", 1, size: 26, before: 360),
            Heading(Heading3, "heading 3", 2, size: 22, before: 240),
            Paragraph(Notice, "Notice",
                new StyleParagraphProperties(
                    new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 6, Color = Alert }),
                    new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = AlertFill },
                    new SpacingBetweenLines { Before = "120", After = "240" }),
                new StyleRunProperties(new Bold(), new Color { Val = Alert })),
            Paragraph(TableText, "Table Text",
                new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
                new StyleRunProperties(new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })),
            Paragraph(ListBullet, "List Bullet",
                new StyleParagraphProperties(
                    new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordNumbering.Bullets }),
                    new SpacingBetweenLines { After = "60" }),
                null));
    }

    private static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
            new FontSize { Val = "21" },
            new FontSizeComplexScript { Val = "21" },
            new Languages { Val = "en-GB" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));

    private static Style Heading(string id, string name, int level, int size, int before) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = before.ToString(CultureInfo.InvariantCulture), After = "120" },
            new OutlineLevel { Val = level }),
        new StyleRunProperties(
            new Bold(),
            new Color { Val = Accent },
            new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) },
            new FontSizeComplexScript { Val = size.ToString(CultureInfo.InvariantCulture) }))
    {
        Type = StyleValues.Paragraph, StyleId = id,
    };

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
