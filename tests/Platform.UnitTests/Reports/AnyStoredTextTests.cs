using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Platform.ServiceDefaults.Text;
using Platform.Testing.Properties;
using Reporting.Reports.Model;

namespace Platform.UnitTests.Reports;

/// <summary>
/// Whatever text the store holds, each format renders a whole, valid document: random text from
/// the whole Unicode range (<see cref="AnyText"/>) in every text field of a report, each case
/// with 42 texts. The cases come from one fixed seed (<see cref="FixedSeed"/>), so every run
/// checks the same ones and a failure names its case; every case is checked in full, the Word document by the OpenXML validator too.
/// </summary>
public sealed class AnyStoredTextTests
{
    private const ulong Seed = 20261202;
    private const int Cases = 1000;

    // Bytes a strict decoder refuses are not UTF-8.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public async Task Word_document_passes_the_validator_and_shows_the_title_whatever_text_is_stored()
    {
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        await FixedSeed.CheckAsync(AnyText.Report, Seed, Cases, async report =>
        {
            using var word = WordprocessingDocument.Open(new MemoryStream(await Rendered.Bytes("docx", report)), isEditable: false);

            Assert.Empty(validator.Validate(word).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
            // The kind is random, so the document has no title of its own for it and shows the report's.
            Assert.Equal(XmlText(report.Title), word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
                .First(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Title").InnerText);
            // The packaging library trims some white space from a property it reads back, so what is
            // checked is that the title property was written with no character XML refuses.
            Assert.Null(PlatformText.FindDisallowed(word.PackageProperties.Title ?? ""));
        });
    }

    [Fact]
    public async Task Html_page_is_well_formed_and_whole_whatever_text_is_stored()
    {
        await FixedSeed.CheckAsync(AnyText.Report, Seed, Cases, async report =>
        {
            var html = StrictUtf8.GetString(await Rendered.Bytes("html", report));

            Assert.EndsWith("</html>", html, StringComparison.Ordinal);
            var page = XDocument.Parse(html, LoadOptions.PreserveWhitespace);
            Assert.Equal(XmlText(report.Title), page.Descendants(Rendered.Xhtml + "h1").First().Value);
            Assert.Equal(
                [.. report.Activities.Select(a => XmlText(a.Title))],
                page.Descendants(Rendered.Xhtml + "tbody").Last().Elements().Take(report.Activities.Count).Select(row => row.Elements().First().Value));
            Assert.DoesNotContain(html, IsBidiControl);
        });
    }

    [Fact]
    public async Task Markdown_holds_no_control_character_and_keeps_its_headings_and_table_rows_whatever_text_is_stored()
    {
        var sections = await Rendered.Sections("md");
        await FixedSeed.CheckAsync(AnyText.Report, Seed, Cases, async report =>
        {
            var markdown = StrictUtf8.GetString(await Rendered.Bytes("md", report));
            var lines = markdown.Split('\n');

            Assert.DoesNotContain(markdown, c => char.IsControl(c) && c != '\n');
            Assert.DoesNotContain(markdown, IsBidiControl);
            // The title on the cover and over the annex, the note and the annex: every line break in a title is folded.
            Assert.Equal(4, lines.Count(l => l.StartsWith("# ", StringComparison.Ordinal)));
            Assert.Equal(sections, lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]));
            Assert.All(Tables(lines), table => Assert.All(table, row => Assert.Equal(Cells(table[0]), Cells(row))));
        });
    }

    [Fact]
    public async Task Json_parses_back_with_each_text_as_the_documents_show_it_whatever_text_is_stored()
    {
        await FixedSeed.CheckAsync(AnyText.Report, Seed, Cases, async report =>
        {
            using var json = JsonDocument.Parse(await Rendered.Bytes("json", report));

            Assert.Equal(PlatformText.ForDocument(report.Title), json.RootElement.GetProperty("title").GetString());
            Assert.Equal(
                [.. report.Activities.Select(a => PlatformText.ForDocument(a.Title))],
                json.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
            Assert.Equal(
                PlatformText.ForDocument(report.Assistance[0].Outcome),
                json.RootElement.GetProperty("assistance")[0].GetProperty("outcome").GetString());
        });
    }

    /// <summary>The text as an XML reader gives it back: every line break read as a line feed.</summary>
    private static string XmlText(string text) => PlatformText.ForDocument(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Runs of consecutive lines that start with a pipe.</summary>
    private static List<List<string>> Tables(string[] lines)
    {
        var tables = new List<List<string>>();
        List<string>? table = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('|'))
            {
                table ??= [];
                table.Add(line);
            }
            else if (table is not null)
            {
                tables.Add(table);
                table = null;
            }
        }

        return tables;
    }

    /// <summary>The cells of a table row: its pipes less one, a backslash escaping the character after it.</summary>
    private static int Cells(string row)
    {
        var pipes = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '\\')
            {
                i++;
            }
            else if (row[i] == '|')
            {
                pipes++;
            }
        }

        return pipes - 1;
    }
}
