using System.Diagnostics.CodeAnalysis;

namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// A decision symbol: <c>BC-14/21</c>, <c>RC-9/4</c>, <c>SC-9/15</c>, <c>BC.Ex-2/1</c> for an
/// extraordinary meeting, or the older Roman forms <c>IX/10</c> and <c>OEWG-IV/10</c>.
/// </summary>
/// <param name="Prefix"><c>BC</c>, <c>RC</c> or <c>SC</c>; null for Roman and OEWG symbols.</param>
/// <param name="Meeting"><c>14</c>, <c>Ex-2</c>, <c>IX</c>, <c>IV</c>.</param>
public sealed partial record DecisionSymbol(string Value, string? Prefix, bool IsExtraordinary, string? Meeting, string Number)
{
    /// <summary>Reads a symbol however it was typed: spaces, other hyphens, lower case, a leading "decision".</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out DecisionSymbol? symbol)
    {
        symbol = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = Hyphens().Replace(text, "-");
        compact = SpaceAroundSeparators().Replace(compact.Trim().TrimEnd('.', ':', ',', ';'), "$1");
        compact = LeadingWord().Replace(compact, "");
        var match = Shape().Match(compact);
        if (!match.Success)
        {
            return false;
        }

        var meeting = match.Groups["meeting"].Value.ToUpperInvariant();
        var isRoman = !char.IsAsciiDigit(meeting[0]);
        if (isRoman && !RomanNumeral().IsMatch(meeting))
        {
            return false;
        }

        meeting = isRoman ? meeting : int.Parse(meeting, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var prefix = match.Groups["prefix"].Success ? match.Groups["prefix"].Value.ToUpperInvariant() : null;
        var extraordinary = match.Groups["ex"].Success;

        if (extraordinary && (prefix is null || isRoman))
        {
            return false;
        }

        symbol = (prefix, extraordinary, match.Groups["oewg"].Success) switch
        {
            (not null, true, _) => new($"{prefix}.Ex-{meeting}/{number}", prefix, true, $"Ex-{meeting}", number),
            (not null, false, _) => new($"{prefix}-{meeting}/{number}", prefix, false, meeting, number),
            (null, _, true) => new($"OEWG-{meeting}/{number}", null, false, meeting, number),
            _ => isRoman ? new($"{meeting}/{number}", null, false, meeting, number) : null,
        };
        return symbol is not null;
    }

    public override string ToString() => Value;

    /// <summary>A symbol as it may open a heading line, before <see cref="TryParse"/> tidies it.</summary>
    internal const string LoosePattern =
        @"(?:(?:BC|RC|SC)\s*[.\-‐‑‒–—−]?\s*(?:Ex\s*[.\-‐‑‒–—−]?\s*)?(?:[0-9]{1,3}|[IVXLC]{1,6})|OEWG\s*[\-‐‑‒–—−]?\s*(?:[IVXLC]{1,6}|[0-9]{1,3})|[IVXLC]{1,6})\s*/\s*[0-9]{1,3}";

    [GeneratedRegex("[‐‑‒–—−﹣－]")]
    private static partial Regex Hyphens();

    [GeneratedRegex(@"\s*([\-/.])\s*")]
    private static partial Regex SpaceAroundSeparators();

    [GeneratedRegex(@"^decision\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingWord();

    [GeneratedRegex(
        @"^(?:(?<prefix>BC|RC|SC)(?:[.\-]?(?<ex>EX)[.\-]?(?<meeting>[0-9]{1,3})|-?(?<meeting>[0-9]{1,3}|[IVXLC]{1,6}))|(?<oewg>OEWG)-?(?<meeting>[IVXLC]{1,6}|[0-9]{1,3})|(?<meeting>[IVXLC]{1,6}))/(?<number>[0-9]{1,3})$",
        RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    [GeneratedRegex("^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();
}
