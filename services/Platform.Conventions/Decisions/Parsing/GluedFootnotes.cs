namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Footnotes glued to the end of the paragraph they annotate, as web pages and PDF converters
/// leave them: <c>…Planet”;¹ ¹ UNEP/EA.3/HLS.1.</c>, <c>…Planet”;1 1 UNEP/EA.3/HLS.1.</c> or,
/// with no space at all, <c>…Planet”;11UNEP/EA.3/HLS.1.</c> (reference 1, then footnote 1) and
/// <c>…Convention;42UNEP/…</c> (reference 4, then footnotes 2 to 4). The digits after the closing
/// punctuation are read as an optional reference followed by the number of a footnote the
/// paragraph referred to, or whose text reads like a citation.
/// </summary>
internal static partial class GluedFootnotes
{
    /// <summary>The line cut before its first glued footnote, or the line alone.</summary>
    public static IReadOnlyList<string> Split(string line, IReadOnlySet<string> referenced)
    {
        var cut = SpacedCut(line, referenced) ?? UnspacedCut(line);
        return cut is int at && at > 0 ? [line[..at].TrimEnd(), line[at..].TrimStart()] : [line];
    }

    private static int? SpacedCut(string line, IReadOnlySet<string> referenced)
    {
        if (SpacedSuperscript().Match(line) is { Success: true } superscript)
        {
            return superscript.Index;
        }

        var digits = SpacedDigits().Matches(line).FirstOrDefault(match =>
            referenced.Contains(match.Groups["m"].Value)
            && FootnoteMarkers.GluedCandidates(line[..match.Index]).Contains(match.Groups["m"].Value));
        return digits?.Index;
    }

    private static int? UnspacedCut(string line)
    {
        var ascii = FootnoteMarkers.ToAscii(line);
        foreach (Match run in UnspacedDigits().Matches(ascii))
        {
            var punctuation = ascii[run.Index - 1] is '”' or '’' or '"' or '\'' or ')' ? run.Index - 2 : run.Index - 1;
            if (punctuation < 1 || ascii[punctuation] != ';' && char.IsAsciiDigit(ascii[punctuation - 1]))
            {
                continue; // "4.2", "1,000" and "10:30" are numbers, not footnotes
            }

            var before = FootnoteMarkers.GluedCandidates(ascii[..punctuation]).ToHashSet(StringComparer.Ordinal);
            var citation = FootnoteDefinitions.LooksLikeCitation(ascii[(run.Index + run.Length)..]);
            if (FootnoteAt(run.Value, before, citation) is int referenceLength)
            {
                return run.Index + referenceLength;
            }
        }

        return null;
    }

    /// <summary>
    /// How many of the digits are the paragraph's own last reference before the footnote's number:
    /// a reference and footnote that agree ("11") first, then a footnote the paragraph referred to,
    /// then, with no reference, any footnote whose text reads like a citation.
    /// </summary>
    private static int? FootnoteAt(string digits, IReadOnlySet<string> referredTo, bool citation)
    {
        var splits = Enumerable.Range(0, digits.Length)
            .Select(length => (Length: length, Reference: digits[..length], Footnote: digits[length..]))
            .Where(split => split.Reference.Length <= 3 && split.Footnote.Length <= 3 && !split.Footnote.StartsWith('0'))
            .Where(split => split.Reference.Length == 0 || Number(split.Footnote) <= Number(split.Reference))
            .ToList();

        return splits.Where(split => split.Footnote == split.Reference).Select(split => (int?)split.Length).FirstOrDefault()
            ?? splits.Where(split => referredTo.Contains(split.Footnote)).Select(split => (int?)split.Length).LastOrDefault()
            ?? (citation && splits.Any(split => split.Length == 0) ? 0 : null);
    }

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<=[;.:,][”’""')]?[" + FootnoteMarkers.Superscripts + @"]*)\s+(?<m>[" + FootnoteMarkers.Superscripts + @"]+)\s*(?=\S)")]
    private static partial Regex SpacedSuperscript();

    [GeneratedRegex(@"(?<=[;.:][”’""')]?[0-9]{0,3}[”’""')]?)\s+(?<m>[0-9]{1,3})\s+(?=\S)")]
    private static partial Regex SpacedDigits();

    // Digits right after closing punctuation and right before a footnote's text.
    [GeneratedRegex(@"(?<=[;.:,][”’""')]?)[0-9]{1,6}(?=[A-Za-z“""‘(\[])")]
    private static partial Regex UnspacedDigits();
}
