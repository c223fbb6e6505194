namespace Platform.Conventions.Decisions.Parsing;

/// <param name="UnlabelledTitle">The one line before the body, when the text has no symbol line: likely the title.</param>
/// <param name="BodyStart">Index of the first line of the body.</param>
internal sealed record DecisionHeading(DecisionSymbol? Symbol, string? Title, string? UnlabelledTitle, int BodyStart);

/// <summary>
/// Reads the lines before the body: front matter a converter kept (document symbols, meeting
/// names), the symbol line and the title, which may sit on the symbol line, on the next line or
/// run over two lines.
/// </summary>
internal static class DecisionHeadingReader
{
    public static DecisionHeading Read(IReadOnlyList<SourceLine> lines, IReadOnlySet<string> referencedMarkers)
    {
        DecisionSymbol? symbol = null;
        string? title = null;
        var awaitingTitle = false;
        var titleMayContinue = false;
        var unlabelled = new List<string>();

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                titleMayContinue = false;
                continue;
            }

            if (symbol is null && HeadingLine.TryRead(line.Text, out var found, out var foundTitle))
            {
                (symbol, title) = (found, foundTitle);
                awaitingTitle = foundTitle is null;
                titleMayContinue = foundTitle is not null;
                continue;
            }

            var kind = LineClassifier.Classify(line.Text, referencedMarkers).Kind;
            if (awaitingTitle && kind is not (LineKind.Enacting or LineKind.NumberedParagraph or LineKind.Subparagraph or LineKind.Footnote))
            {
                title = HeadingLine.CleanTitle(line.Text);
                awaitingTitle = false;
                titleMayContinue = true;
                continue;
            }

            if (LineClassifier.OpensBody(kind))
            {
                return new(symbol, title, UnlabelledTitle(symbol, unlabelled), i);
            }

            if (titleMayContinue)
            {
                title = $"{title} {HeadingLine.CleanTitle(line.Text)}";
            }
            else if (symbol is null)
            {
                unlabelled.Add(HeadingLine.CleanTitle(line.Text));
            }
        }

        return new(symbol, title, UnlabelledTitle(symbol, unlabelled), lines.Count);
    }

    private static string? UnlabelledTitle(DecisionSymbol? symbol, List<string> unlabelled) =>
        symbol is null && unlabelled.Count == 1 && unlabelled[0].Length is > 0 and <= 250 ? unlabelled[0] : null;
}
