namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Turns what the body reader collected into the parsed records: finds each paragraph's verb and
/// addressees, cuts inline sub-paragraphs, and takes emphasis and footnote markers out of the text.
/// </summary>
internal static class DecisionAssembler
{
    public static IReadOnlyList<ParsedParagraph> Paragraphs(RawDecision raw, IReadOnlySet<string> footnoteMarkers) =>
        raw.Paragraphs.Select(paragraph => Paragraph(paragraph, footnoteMarkers)).ToList();

    public static IReadOnlyList<string> Preamble(RawDecision raw, IReadOnlySet<string> footnoteMarkers) =>
        raw.Preamble.Select(preamble => Clean(preamble.Text, footnoteMarkers).Text).Where(text => text.Length > 0).ToList();

    public static IReadOnlyList<ParsedFootnote> Footnotes(RawDecision raw) =>
        raw.Footnotes
            .Select(footnote => (footnote.Marker, Text: Emphasis.Strip(footnote.Text)))
            .Select(footnote => new ParsedFootnote(footnote.Marker, footnote.Text, DocumentReferences.Find(footnote.Text)))
            .ToList();

    private static ParsedParagraph Paragraph(RawParagraph raw, IReadOnlySet<string> footnoteMarkers)
    {
        var lead = raw.Text;
        var items = InlineSubparagraphs.Items(raw).Select(item => (item.Letter, item.Text)).ToList();
        if (items.Count == 0)
        {
            (lead, var inline) = InlineSubparagraphs.Split(raw.Text);
            items = [.. inline];
        }

        // Markers out first ("Welcomes¹ the …"), emphasis kept: it shows where the verb ends.
        var withEmphasis = FootnoteMarkers.Extract(lead, footnoteMarkers).Text;
        var verb = OperativeVerbs.Opening(withEmphasis, knownVerbsOnly: false) is { } opening ? Emphasis.Strip(opening) : "";
        var (text, markers) = Clean(lead, footnoteMarkers);
        var subparagraphs = items
            .Select(item => (item.Letter, Clean: Clean(item.Text, footnoteMarkers)))
            .Select(item => new ParsedSubparagraph(item.Letter, item.Clean.Text, item.Clean.Markers))
            .ToList();

        return new ParsedParagraph(raw.Number, verb, AddresseesOf(text, subparagraphs), text, subparagraphs, markers, raw.Section);
    }

    // Who the paragraph speaks to; for "Requests:" followed by "(a) Parties to …", the sub-paragraphs say.
    private static IReadOnlyList<string> AddresseesOf(string text, IReadOnlyList<ParsedSubparagraph> subparagraphs)
    {
        var clauses = Addressees.Clauses(text);
        var addressees = clauses.SelectMany(clause => clause.Addressees).ToList();
        if (clauses.Any(clause => clause.IntroducesList && clause.Addressees.Count == 0))
        {
            addressees.AddRange(subparagraphs.SelectMany(sub => Addressees.Leading(sub.Text)));
        }

        return addressees.Distinct(StringComparer.Ordinal).ToList();
    }

    private static (string Text, IReadOnlyList<string> Markers) Clean(string text, IReadOnlySet<string> footnoteMarkers) =>
        FootnoteMarkers.Extract(Emphasis.Strip(text), footnoteMarkers);
}
