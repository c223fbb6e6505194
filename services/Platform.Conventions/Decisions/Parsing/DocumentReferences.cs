namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// The documents a footnote cites. United Nations symbols (<c>UNEP/EA.3/HLS.1</c>) are found by
/// shape; a joint symbol of the three conventions, written as one run joined by dashes
/// (<c>UNEP/CHW.14/INF/49–UNEP/FAO/RC/COP.9/INF/28–UNEP/POPS/COP.9/INF/37</c>), gives one symbol per
/// part. Resolutions and decisions cited by number keep their issuing body
/// (<c>General Assembly resolution 70/1</c>); decisions of these conventions give their symbol.
/// </summary>
internal static partial class DocumentReferences
{
    public static IReadOnlyList<string> Find(string footnote)
    {
        var text = Url().Replace(footnote, " ");
        var found = new List<(int At, string Reference)>();

        foreach (Match symbol in UnSymbol().Matches(text))
        {
            var offset = symbol.Index;
            foreach (var part in JointSeparator().Split(symbol.Value))
            {
                if (part.Any(char.IsAsciiDigit))
                {
                    found.Add((offset, part));
                }

                offset += part.Length + 1;
            }
        }

        foreach (Match resolution in Resolution().Matches(text))
        {
            var number = resolution.Groups["number"].Value;
            var reference = resolution.Groups["kind"].Value.StartsWith("decision", StringComparison.OrdinalIgnoreCase)
                && DecisionSymbol.TryParse(number, out var decision)
                    ? decision.Value
                    : $"{Body(resolution.Groups["body"].Value)}{resolution.Groups["kind"].Value.ToLowerInvariant()} {number}";
            found.Add((resolution.Index, reference));
        }

        return found.OrderBy(reference => reference.At).Select(reference => reference.Reference).Distinct(StringComparer.Ordinal).ToList();
    }

    // "See General Assembly" keeps "General Assembly": words that only introduce the citation go.
    private static string Body(string words)
    {
        var body = LeadingWords().Replace(words, "").Trim();
        return body.Length == 0 ? "" : body + " ";
    }

    // Segments of letters and digits joined by slashes, opening with an organ's capitals (UNEP, A, E, ST).
    [GeneratedRegex(@"(?<![\w/.\-])[A-Z]{1,10}(?:\.[0-9]+)?(?:/[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*)+")]
    private static partial Regex UnSymbol();

    // A dash or hyphen before the capitals of the next symbol's organ.
    [GeneratedRegex(@"[\-‐‑‒–—−](?=[A-Z]{1,10}(?:\.[0-9]+)?/)")]
    private static partial Regex JointSeparator();

    [GeneratedRegex(
        @"(?<body>(?:[A-Z][\w\-]*\s+(?:(?:of|on|and|for|the)\s+)*){0,6})(?<kind>(?i:resolution|decision))\s+(?<number>(?:(?:BC|RC|SC)[.\-‐‑–]?(?:Ex[.\-‐‑–]?)?|OEWG[\-‐‑–]?)?[0-9IVXLC]{1,6}/[0-9]{1,4})")]
    private static partial Regex Resolution();

    [GeneratedRegex(@"^(?:(?:See|Cf|Also|And|In|Including|Under|By|As|The|Its|Their|Pursuant|Annex|Adopted)\s+)+")]
    private static partial Regex LeadingWords();

    [GeneratedRegex(@"https?://\S+|www\.\S+")]
    private static partial Regex Url();
}
