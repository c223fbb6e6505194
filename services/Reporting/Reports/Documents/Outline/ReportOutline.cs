using Reporting.Reports.Documents.Language;
using Reporting.Reports.Documents.Prose;

namespace Reporting.Reports.Documents.Outline;

/// <summary>
/// Lays an edition out as the joint information document: the cover block and note by the
/// Secretariat, then the annex in numbered sections and paragraphs (the introduction, one
/// subsection per mandate, the mandates without activity, assistance to Parties, the summary
/// figures) and the table of sources. A section the compiler edited shows the edited text. Every
/// text passes <see cref="DocumentText"/>, so no format meets a character it cannot carry.
/// </summary>
internal static class ReportOutline
{
    public static DocumentOutline Build(ReportEdition edition)
    {
        var report = edition.Report;
        var wording = new ProseWording(new DocumentStrings(edition.Language));
        var strings = wording.Strings;
        var title = strings.Find($"Title_{report.Kind}") ?? report.Title;
        var symbols = DocumentSymbols.For(report.Symbol, edition.Numbers);
        var numerals = new SectionNumbers(strings["SectionNumerals"]);
        var letters = new SectionNumbers(strings["SubsectionLetters"]);
        var paragraphs = new ParagraphCounter();

        var sections = ReportSections.Composed(report, edition.Language);
        var mandateSections = sections.Where(s => s.Id is not (ReportSections.Introduction or ReportSections.MandatesWithoutActivity or ReportSections.Assistance)).ToList();
        IEnumerable<string> Text(ComposedSection section) => edition.EditedSections.GetValueOrDefault(section.Id) is { } edited
            ? ReportSections.Paragraphs(edited)
            : section.Paragraphs.SelectMany(ReportSections.Paragraphs);
        ComposedSection Section(string id) => sections.Single(s => s.Id == id);

        var blocks = new List<ReportBlock>(sections.Sum(section => section.Paragraphs.Count) + 64);
        blocks.AddRange(FrontPage.Build(edition, wording, symbols, title));
        blocks.Add(new PageBreak());
        blocks.Add(new Heading(1, strings["Annex"]));
        blocks.Add(new Heading(1, title));

        var introduction = Section(ReportSections.Introduction);
        blocks.Add(new Heading(2, introduction.Title, numerals.Next()));
        paragraphs.Add(blocks, Text(introduction));

        blocks.Add(new Heading(2, strings["HeadingMandates"], numerals.Next()));
        if (mandateSections.Count == 0)
        {
            paragraphs.Add(blocks, ReportSections.Paragraphs(strings["MandatesNoActivity"]));
        }

        foreach (var section in mandateSections)
        {
            blocks.Add(new Heading(3, section.Title, letters.Next()));
            paragraphs.Add(blocks, Text(section));
        }

        foreach (var id in (string[])[ReportSections.MandatesWithoutActivity, ReportSections.Assistance])
        {
            var section = Section(id);
            blocks.Add(new Heading(2, section.Title, numerals.Next()));
            paragraphs.Add(blocks, Text(section));
        }

        blocks.Add(new Heading(2, strings["HeadingSummary"], numerals.Next()));
        paragraphs.Add(blocks, ReportSections.Paragraphs(strings["SummaryIntroduction"]));
        blocks.AddRange(SummarySection.Build(report, wording));
        blocks.AddRange(SourcesSection.Build(report, wording));

        for (var index = 0; index < blocks.Count; index++)
        {
            blocks[index] = DocumentText.Of(blocks[index]);
        }

        return new DocumentOutline(DocumentText.Of(title), [.. symbols.Select(DocumentText.Of)], edition.Language, strings["LanguageTag"], blocks);
    }

    /// <summary>The annex's paragraph numbers, which run on from section to section.</summary>
    private sealed class ParagraphCounter
    {
        private int last;

        public void Add(List<ReportBlock> blocks, IEnumerable<string> paragraphs)
        {
            foreach (var paragraph in paragraphs)
            {
                blocks.Add(new NumberedParagraph(++last, paragraph));
            }
        }
    }

    /// <summary>Section numerals or subsection letters as the language writes them (<c>I|II|III…</c>), then plain numbers.</summary>
    private sealed class SectionNumbers(string list)
    {
        private readonly string[] names = list.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        private int next;

        public string Next()
        {
            var index = next++;
            return index < names.Length ? names[index] : (index + 1).ToString(CultureInfo.InvariantCulture);
        }
    }
}
