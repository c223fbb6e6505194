namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// The line that names a decision: <c>BC-14/21: International cooperation and coordination</c>,
/// <c>Decision SC-9/15 – Title</c>, or the symbol alone with the title on the next line.
/// </summary>
internal static partial class HeadingLine
{
    public static bool TryRead(string line, out DecisionSymbol? symbol, out string? title)
    {
        symbol = null;
        title = null;
        var match = Heading().Match(line);
        if (!match.Success || !DecisionSymbol.TryParse(match.Groups["symbol"].Value, out symbol))
        {
            return false;
        }

        var rest = Emphasis.Strip(match.Groups["rest"].Value).Trim().TrimStart(':', '.', '-', '–', '—').Trim();
        title = rest.Length > 0 ? CleanTitle(rest) : null;
        return true;
    }

    /// <summary>A title without emphasis, footnote superscripts or a trailing full stop.</summary>
    public static string CleanTitle(string text)
    {
        var (clean, _) = FootnoteMarkers.Extract(Emphasis.Strip(text.TrimStart('#', ' ')), new HashSet<string>());
        return clean.TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"^(?:#+\s*)?[*_]{0,3}(?:Decision\s+)?(?<symbol>" + DecisionSymbol.LoosePattern + @")(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
}
