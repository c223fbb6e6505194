namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Footnote lines, between paragraphs or at the end: <c>¹ UNEP/EA.3/HLS.1.</c>,
/// <c>1 UNEP/EA.3/HLS.1.</c>, <c>1UNEP/EA.3/HLS.1.</c>, several on one line
/// (<c>2UNEP/…/17.3UNEP/…/22.</c>). <see cref="GluedFootnotes"/> cuts those glued to a paragraph.
/// </summary>
internal static partial class FootnoteDefinitions
{
    /// <summary>
    /// Reads a footnote line. A line opening with plain digits is a footnote only if a glued
    /// reference to that number exists, or it reads like a citation, and it does not open with an
    /// operative verb (<c>1 Requests</c> is a paragraph).
    /// </summary>
    public static bool TryRead(string line, IReadOnlySet<string> referenced, out string marker, out string text)
    {
        marker = text = "";
        if (SuperscriptOpening().Match(line) is { Success: true } superscript)
        {
            (marker, text) = (FootnoteMarkers.ToAscii(superscript.Groups["m"].Value), superscript.Groups["t"].Value);
            return true;
        }

        if (TaggedOpening().Match(line) is { Success: true } tagged)
        {
            (marker, text) = (tagged.Groups["m"].Value, tagged.Groups["t"].Value);
            return true;
        }

        var digits = DigitOpening().Match(line);
        if (!digits.Success || digits.Groups["dot"].Success && !LooksLikeCitation(digits.Groups["t"].Value))
        {
            return false;
        }

        var content = digits.Groups["t"].Value;
        var number = digits.Groups["m"].Value.TrimStart('0');
        if (!digits.Groups["dot"].Success && !OpensLikeFootnote().IsMatch(content))
        {
            return false; // "1 January 2017" or "3 of the Convention" continue a line broken after a date or a number
        }

        if ((referenced.Contains(number) || LooksLikeCitation(content)) && OperativeVerbs.Opening(content, knownVerbsOnly: true) is null
            && !OperativeVerbs.IsPreambular(content))
        {
            (marker, text) = (number, content);
            return true;
        }

        return false;
    }

    /// <summary>Splits a footnote whose text runs on into the next ones (<c>¹ A. ² B.</c>, <c>1 A. 2 B.</c>).</summary>
    public static IEnumerable<(string Marker, string Text)> SplitSeveral(string marker, string text)
    {
        var rest = text;
        var current = marker;
        while (true)
        {
            var next = NextNumber(current);
            var split = NextSuperscript().Match(rest);
            if (!split.Success)
            {
                split = NextDigits().Matches(rest).FirstOrDefault(m => m.Groups["m"].Value == next) ?? Match.Empty;
            }

            if (!split.Success)
            {
                yield return (current, rest.Trim());
                yield break;
            }

            yield return (current, rest[..split.Index].Trim());
            current = FootnoteMarkers.ToAscii(split.Groups["m"].Value);
            rest = rest[(split.Index + split.Length)..];
        }
    }

    private static string NextNumber(string marker) =>
        int.TryParse(marker, out var n) ? (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    public static bool LooksLikeCitation(string text) => Citation().IsMatch(text);

    [GeneratedRegex("^(?<m>[" + FootnoteMarkers.Superscripts + @"]+)\s*(?<t>\S.*)$")]
    private static partial Regex SuperscriptOpening();

    [GeneratedRegex(@"^(?:<sup>\s*(?<m>[0-9]{1,3})\s*</sup>|\[\^?(?<m>[0-9]{1,3})\]:?)\s*(?<t>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TaggedOpening();

    [GeneratedRegex(@"^(?<m>[0-9]{1,3})(?:(?<dot>[.)])?\s+(?<t>\S.*)|(?<t>[A-Za-z“""‘(\[].*))$")]
    private static partial Regex DigitOpening();

    [GeneratedRegex(@"^(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z“""‘(\[]")]
    private static partial Regex OpensLikeFootnote();

    [GeneratedRegex(@"^(?:[A-Z]{1,10}(?:\.[0-9]+)?/\S*[0-9]|See\b|Cf\.|Ibid|Available\b|https?://|www\.|General Assembly|Decision\b|Resolution\b|Document\b|UNEP\b)")]
    private static partial Regex Citation();

    [GeneratedRegex(@"(?<=\S)\s+(?<m>[" + FootnoteMarkers.Superscripts + @"]+)\s*(?=\S)")]
    private static partial Regex NextSuperscript();

    // "….3UNEP/…" or "…. 3 UNEP/…": the next number right after a full stop, then the next footnote's text.
    [GeneratedRegex(@"(?<=\.[”’""]?)\s*(?<m>[0-9]{1,3})(?:\s+|(?=[A-Za-z“""‘(\[]))(?=\S)")]
    private static partial Regex NextDigits();
}
