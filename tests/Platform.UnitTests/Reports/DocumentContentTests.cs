using System.Text.RegularExpressions;
using Reporting.Reports.Documents;

namespace Platform.UnitTests.Reports;

/// <summary>What every readable document (Word, HTML, Markdown) must say, whatever its format.</summary>
public sealed partial class DocumentContentTests
{
    public static readonly TheoryData<string> Formats = ["docx", "html", "md"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Cover_block_gives_the_three_symbols_one_per_line_then_distribution_date_and_language(string format)
    {
        var lines = Readable(await Rendered.Lines(format)).Where(l => l.Length > 0).ToList();

        var first = lines.IndexOf(SampleReport.Symbols[0]);
        Assert.True(first >= 0, $"No line is {SampleReport.Symbols[0]}.");
        Assert.Equal([.. SampleReport.Symbols, "Distr.: General", "2 August 2021", "English only"], lines.Skip(first).Take(6));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Cover_block_names_each_conference_with_its_meeting_venue_and_dates(string format)
    {
        var lines = Readable(await Rendered.Lines(format));

        var basel = lines.FindIndex(l => l.StartsWith("Conference of the Parties to the Basel Convention", StringComparison.Ordinal));
        Assert.Equal(["Fifteenth meeting", "Geneva, 26–30 July 2021"], lines.Skip(basel + 1).Take(2));
        var stockholm = lines.FindIndex(l => l == "Conference of the Parties to the Stockholm Convention on Persistent Organic Pollutants");
        Assert.Equal("Tenth meeting", lines[stockholm + 1]);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Agenda_item_has_a_footnote_naming_the_provisional_agendas(string format)
    {
        var text = string.Join("\n", Readable(await Rendered.Lines(format)));

        Assert.Contains("Item 4 (b) of the provisional agenda", text, StringComparison.Ordinal);
        Assert.Contains(SampleReport.AgendaItem.Title!, text, StringComparison.Ordinal);
        Assert.Contains("UNEP/CHW.15/1, UNEP/FAO/RC/COP.10/1 and UNEP/POPS/COP.10/1.", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Note_by_the_secretariat_circulates_the_annex_and_says_titles_stay_as_entered_and_nothing_was_edited(string format)
    {
        var lines = Readable(await Rendered.Lines(format));

        var note = lines.IndexOf("Note by the Secretariat");
        Assert.True(note > lines.IndexOf("Report on international cooperation and coordination"));
        Assert.Equal(
            [
                "1. The Secretariat has the honour to circulate, in the annex to the present note, a report on the implementation of "
                + "decisions BC-14/21, RC-9/9 and SC-9/18 covering the period from 11 May 2019 to 31 July 2021.",
                "2. The titles and descriptions of activities, the names of partner organizations and Parties, and the quotations from "
                + "decisions are reproduced as entered, in the language in which they were entered.",
                "3. The present note, including its annex, has not been formally edited.",
            ],
            lines.Skip(note + 1).Where(l => l.Length > 0).Take(3));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Annex_sections_are_numbered_in_roman_numerals_with_the_sources_last(string format)
    {
        var sections = await Rendered.Sections(format);

        Assert.Equal(
            [
                "I. Introduction",
                "II. Activities undertaken pursuant to the mandates",
                "III. Mandates without activity in the period",
                "IV. Assistance to Parties",
                "V. Summary figures",
                "Sources of the information in the present report",
            ],
            sections);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Each_mandate_with_activity_has_a_lettered_section_titled_by_subject_and_paragraph_in_paragraph_order(string format)
    {
        var subsections = (await Rendered.Headings(format, 3)).Where(h => h.Length > 2 && h[1] == '.').ToList();

        Assert.Equal(
            [
                "A. Request to organise regional workshops on plastic waste & POPs <in cooperation with partners> (paragraph 6 (b))",
                "B. Request to deliver webinars on the PIC procedure (paragraph 6 (c))",
                "C. Request to assist Parties with PCB inventories (paragraph 6 (c))",
            ],
            subsections.Select(Unescaped));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Annex_paragraphs_are_numbered_from_one_without_a_gap(string format)
    {
        var lines = Readable(await Rendered.Lines(format));
        var annex = lines.Skip(lines.IndexOf("Annex")).ToList();

        var numbers = annex.Select(l => NumberedLine().Match(l)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(Enumerable.Range(1, 14), numbers);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Joint_activity_is_a_paragraph_naming_its_dates_partners_and_conventions(string format)
    {
        var text = Unescaped(string.Join("\n", Readable(await Rendered.Lines(format))));

        Assert.Contains(
            "5. From 3 to 5 February 2020, the Secretariat carried out an activity, “" + SampleReport.JointTitle + "”, jointly for the "
            + "Basel, Rotterdam and Stockholm conventions, in cooperation with FAO and UNEP Regional Office for Africa. "
            + "Three-day workshop | Abidjan & online. Its outputs are: Workshop report. It contributes to target 12.4 of the Sustainable Development Goals.",
            text,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task No_identifier_appears_outside_the_sources_table(string format)
    {
        var lines = Readable(await Rendered.Lines(format));
        var sources = lines.FindLastIndex(l => l == "Sources of the information in the present report");

        Assert.True(sources > 0);
        Assert.DoesNotContain(lines.Take(sources), l => Uuid().IsMatch(l));
        Assert.Contains(lines.Skip(sources), l => l.Contains(SampleReport.JointId.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Partial_report_says_in_its_introduction_whose_information_is_missing(string format)
    {
        var text = string.Join("\n", Readable(await Rendered.Lines(format)));

        Assert.Contains(
            $"3. The information held in {SampleReport.MissingSource} had not been received when the report was compiled",
            text,
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Until_all_three_numbers_are_set_the_document_says_draft_and_keeps_the_placeholders(string format)
    {
        var lines = Readable(await Rendered.Lines(format, Rendered.Edition(numbers: new DocumentNumbers(36, null, 38))));

        Assert.Contains("UNEP/CHW.15/INF/36", lines);
        Assert.Contains("UNEP/FAO/RC/COP.10/INF/y", lines);
        Assert.Contains("Draft", lines);
        Assert.Contains("Draft: the document numbers have not all been assigned.", lines);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Numbered_document_is_not_a_draft(string format)
    {
        var lines = Readable(await Rendered.Lines(format));

        Assert.DoesNotContain(lines, l => l.StartsWith("Draft", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Edited_section_shows_the_compilers_text_in_numbered_paragraphs(string format)
    {
        var edits = new Dictionary<string, string> { ["paragraph-6b"] = "The workshop was a success.\n\nA second one is planned." };

        var lines = Readable(await Rendered.Lines(format, Rendered.Edition(edits: edits)));

        var at = lines.IndexOf("4. The workshop was a success.");
        Assert.True(at > 0);
        Assert.Equal("5. A second one is planned.", lines.Skip(at + 1).First(l => l.Length > 0));
        Assert.DoesNotContain(lines, l => l.Contains("Three-day workshop", StringComparison.Ordinal));
        Assert.Contains("6. In paragraph 6 (c) of decision RC-9/9, the Conference of the Parties requested the Secretariat “to deliver webinars on the PIC procedure”.", lines);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Non_ascii_party_names_are_kept_as_written(string format)
    {
        var text = string.Join("\n", await Rendered.Lines(format));

        Assert.Contains("Côte d’Ivoire", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Lines as read: Markdown's heading and quote marks, emphasis, escapes and line-break
    /// backslashes removed, a number's tab read as a space.
    /// </summary>
    private static List<string> Readable(IReadOnlyList<string> lines) =>
        [.. lines.Select(l => Unescaped(l.Replace("**", "", StringComparison.Ordinal).TrimStart('#', '>', ' '))
            .Replace(".\t", ". ", StringComparison.Ordinal).Trim())];

    private static string Unescaped(string markdown) => MarkdownEscape().Replace(markdown, "$1").TrimEnd('\\');

    [GeneratedRegex(@"\\([\\`*_\[\]<>|&#~.])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex(@"^(\d+)\.\s")]
    private static partial Regex NumberedLine();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Uuid();
}
