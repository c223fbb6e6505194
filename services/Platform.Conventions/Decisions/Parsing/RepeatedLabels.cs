using System.Globalization;

namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Paragraph numbers, sub-paragraph letters and footnote numbers each name one part: mandates are
/// referenced by them (<c>BC-14/21 6(b)</c>) and markers find their footnote by them. A repeat is a
/// slip of the text, and which of the two parts is meant cannot be guessed, so the parser names
/// both lines. Letters start afresh under each paragraph, and paragraphs may be numbered afresh in
/// each section, so only a repeat under the same parent counts.
/// </summary>
internal static class RepeatedLabels
{
    public static DecisionParseError? Find(RawDecision decision, IReadOnlyList<SourceLine> lines) =>
        FirstRepeat(decision.Paragraphs.Select(paragraph => (Key: ParagraphKey(paragraph), Name: ParagraphName(paragraph), paragraph.LineNumber)), lines)
        ?? decision.Paragraphs
            .Select(paragraph => FirstRepeat(
                InlineSubparagraphs.Items(paragraph).Select(item =>
                    (Key: item.Letter, Name: $"sub-paragraph ({item.Letter}) of {ParagraphName(paragraph)}", item.LineNumber)),
                lines))
            .FirstOrDefault(error => error is not null)
        ?? FirstRepeat(decision.Footnotes.Select(footnote => (Key: footnote.Marker, Name: $"footnote {footnote.Marker}", footnote.LineNumber)), lines);

    private static DecisionParseError? FirstRepeat(IEnumerable<(string Key, string Name, int LineNumber)> parts, IReadOnlyList<SourceLine> lines)
    {
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, name, lineNumber) in parts)
        {
            if (!firstLines.TryAdd(key, lineNumber))
            {
                return new DecisionParseError(
                    $"{name} on line {lineNumber} repeats {name} on line {firstLines[key]}", lineNumber, lines[lineNumber - 1].Text);
            }
        }

        return null;
    }

    // The section's label, as mandate references name it, keeps paragraph 1 of section I apart from paragraph 1 of section II.
    private static string ParagraphKey(RawParagraph paragraph) =>
        $"{(paragraph.Section is { } section ? MandateReader.SectionLabel(section) : "")}\n{paragraph.Number.ToString(CultureInfo.InvariantCulture)}";

    private static string ParagraphName(RawParagraph paragraph) =>
        paragraph.Section is { } section
            ? $"paragraph {paragraph.Number.ToString(CultureInfo.InvariantCulture)} of section {MandateReader.SectionLabel(section)}"
            : $"paragraph {paragraph.Number.ToString(CultureInfo.InvariantCulture)}";
}
