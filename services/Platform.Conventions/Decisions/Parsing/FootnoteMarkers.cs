using System.Text;

namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Footnote references inside paragraph text. Superscripts (<c>¹²³</c>), <c>&lt;sup&gt;</c> and
/// <c>[^1]</c> are always markers. Plain digits are markers only when glued to a word, to
/// punctuation (<c>Planet”;1</c>, <c>Development2 on</c>, <c>2018,3 the</c>) or to a year
/// (<c>2018–20191</c>), and a footnote with that number exists, so that years,
/// <c>target 12.4</c>, <c>resolution 70/1</c> and document symbols keep their numbers.
/// </summary>
internal static partial class FootnoteMarkers
{
    public const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static string ToAscii(string superscripts)
    {
        var ascii = new StringBuilder(superscripts.Length);
        foreach (var c in superscripts)
        {
            var digit = Superscripts.IndexOf(c, StringComparison.Ordinal);
            ascii.Append(digit >= 0 ? (char)('0' + digit) : c);
        }

        return ascii.ToString();
    }

    /// <summary>Numbers that stand where a glued footnote reference would, whether or not a footnote backs them.</summary>
    public static IEnumerable<string> GluedCandidates(string text) =>
        GluedDigits().Matches(text).Where(match => IsPlausibleGlue(text, match)).Select(match => TrimZeros(match.Value))
            .Concat(YearGlued().Matches(text).Select(match => match.Groups["n"].Value));

    /// <summary>The text without its markers, and the markers in the order they appeared.</summary>
    public static (string Text, IReadOnlyList<string> Markers) Extract(string text, IReadOnlySet<string> footnotes)
    {
        var markers = new List<string>();
        var cleaned = AnyMarker().Replace(text, match =>
        {
            var (marker, kept) = Read(text, match, footnotes);
            if (marker is not null)
            {
                markers.Add(TrimZeros(marker));
            }

            return kept;
        });
        return (SourceLines.Tidy(cleaned), markers.Distinct(StringComparer.Ordinal).ToList());
    }

    // Which marker a match stands for, if any, and what of it stays in the text.
    private static (string? Marker, string Kept) Read(string text, Match match, IReadOnlySet<string> footnotes)
    {
        if (match.Groups["tagged"].Success)
        {
            return (match.Groups["tagged"].Value, "");
        }

        if (match.Groups["superscript"].Success)
        {
            return IsUnitPower(text, match.Index) ? (null, match.Value) : (ToAscii(match.Value), "");
        }

        if (match.Groups["bracketed"].Success)
        {
            return footnotes.Contains(match.Groups["bracketed"].Value) ? (match.Groups["bracketed"].Value, "") : (null, match.Value);
        }

        if (match.Groups["year"].Success)
        {
            return footnotes.Contains(match.Groups["n"].Value) ? (match.Groups["n"].Value, match.Groups["year"].Value) : (null, match.Value);
        }

        return IsPlausibleGlue(text, match) && footnotes.Contains(TrimZeros(match.Value)) ? (match.Value, "") : (null, match.Value);
    }

    private static string TrimZeros(string digits) => digits.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : digits;

    private static bool IsPlausibleGlue(string text, Match match)
    {
        var before = text[match.Index - 1];
        var tokenStart = text.LastIndexOf(' ', match.Index - 1) + 1;
        var token = text[tokenStart..match.Index];
        if (token.Contains('/', StringComparison.Ordinal) || token.Length < 2 && char.IsLetter(before))
        {
            return false; // inside a document symbol (UNEP/CHW.14/INF/36), or a one-letter label
        }

        if (char.IsLower(before))
        {
            return !Units.Contains(token); // Development2, not m2 or km2
        }

        var beforePunctuation = match.Index >= 2 ? text[match.Index - 2] : ' ';
        return before switch
        {
            '.' => char.IsLower(beforePunctuation) && !Abbreviations.Contains(token.TrimEnd('.')) || IsClosing(beforePunctuation),
            ',' or ':' => !OnlyShortNumber(token.TrimEnd(',', ':')), // 2018,3 yes; "paragraphs 3,4" no
            _ => true, // ; ” ) and other closing marks
        };
    }

    private static bool OnlyShortNumber(string token) => token.Length is > 0 and <= 3 && token.All(char.IsAsciiDigit);

    private static bool IsClosing(char c) => c is '”' or '’' or '"' or '\'' or ')' or ']';

    private static bool IsUnitPower(string text, int index)
    {
        var tokenStart = text.LastIndexOf(' ', Math.Max(index - 1, 0)) + 1;
        return index > tokenStart && Units.Contains(text[tokenStart..index]);
    }

    private static readonly HashSet<string> Units = new(StringComparer.Ordinal) { "m", "km", "cm", "mm", "dm", "ft", "in" };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Add", "Rev", "Corr", "Amend", "para", "paras", "art", "arts", "p", "pp", "vol", "no", "nos", "ch", "chap", "sect", "fig", "annex",
    };

    private const string TaggedPattern = @"(?i:<sup>)\s*(?<tagged>[0-9]{1,3})\s*(?i:</sup>)|\[\^(?<tagged>[0-9]{1,3})\]";

    private const string SuperscriptPattern = "(?<superscript>[" + Superscripts + "]+)";

    private const string BracketedPattern = @"(?<=\S)\[(?<bracketed>[0-9]{1,3})\]";

    // A year with a reference glued on, as web pages flatten superscripts: "2018–20191 and" is 2019 and footnote 1.
    private const string YearGluedPattern = @"(?<![0-9.,/])(?<year>(?:19|20)[0-9]{2})(?<n>[1-9][0-9]?)(?=[\s,;:.)”’""]|$)";

    // Up to three digits right after a lower-case letter or a closing mark, before a space, punctuation or the end.
    private const string GluedDigitsPattern = @"(?<=[a-z.,;:”’""')\]])[0-9]{1,3}(?=[\s,;:.)”’""]|$)";

    [GeneratedRegex(TaggedPattern + "|" + SuperscriptPattern + "|" + BracketedPattern + "|" + YearGluedPattern + "|" + GluedDigitsPattern)]
    private static partial Regex AnyMarker();

    [GeneratedRegex(YearGluedPattern)]
    private static partial Regex YearGlued();

    [GeneratedRegex(GluedDigitsPattern)]
    private static partial Regex GluedDigits();
}
