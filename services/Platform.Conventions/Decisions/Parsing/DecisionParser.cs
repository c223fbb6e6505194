namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Reads the text of a decision of the Basel, Rotterdam or Stockholm conventions as it is copied
/// from the meeting report: heading, preamble, operative paragraphs, sub-paragraphs, footnotes,
/// and the mandates it gives the Secretariat. Pure: no I/O, the same text always reads the same.
/// </summary>
public static class DecisionParser
{
    public const string NoSymbol = "the text has no decision symbol; pass ?symbol=";

    /// <param name="symbolHint">The symbol to use when the text has no heading line naming one.</param>
    /// <param name="titleHint">The title to use when the text has no heading line giving one.</param>
    public static DecisionParseResult Parse(string text, string? symbolHint = null, string? titleHint = null)
    {
        var lines = SourceLines.Split(text ?? "");
        var referenced = lines.SelectMany(line => FootnoteMarkers.GluedCandidates(line.Text)).ToHashSet(StringComparer.Ordinal);
        var heading = DecisionHeadingReader.Read(lines, referenced);

        var symbol = heading.Symbol;
        if (symbol is null && !string.IsNullOrWhiteSpace(symbolHint) && !DecisionSymbol.TryParse(symbolHint, out symbol))
        {
            return DecisionParseResult.Failed(new DecisionParseError($"'{symbolHint.Trim()}' is not a decision symbol such as BC-14/21", null, null));
        }

        if (symbol is null)
        {
            return DecisionParseResult.Failed(new DecisionParseError(NoSymbol, null, null));
        }

        var reader = new DecisionBodyReader(referenced);
        reader.Read(lines.Skip(heading.BodyStart));
        if (reader.Error is { } unreadable)
        {
            return DecisionParseResult.Failed(unreadable);
        }

        var raw = reader.Decision;
        if (RepeatedLabels.Find(raw, lines) is { } repeated)
        {
            return DecisionParseResult.Failed(repeated);
        }

        if (raw.Paragraphs.Count == 0)
        {
            var last = reader.LastLine ?? lines.LastOrDefault(line => !line.IsBlank);
            return DecisionParseResult.Failed(new DecisionParseError(
                "the text has no operative paragraph: expected numbered paragraphs or paragraphs opening with a verb such as 'Requests'",
                last?.Number, last?.Text));
        }

        var footnoteMarkers = raw.Footnotes.Select(footnote => footnote.Marker).ToHashSet(StringComparer.Ordinal);
        var paragraphs = DecisionAssembler.Paragraphs(raw, footnoteMarkers);
        var title = heading.Title ?? NonEmpty(titleHint) ?? heading.UnlabelledTitle;

        return DecisionParseResult.Read(new ParsedDecision(
            symbol,
            title,
            paragraphs,
            DecisionAssembler.Footnotes(raw),
            MandateReader.Read(symbol, paragraphs),
            DecisionAssembler.Preamble(raw, footnoteMarkers),
            raw.Sections));
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
