using CsCheck;

namespace Platform.UnitTests.Decisions;

/// <summary>
/// Generators of decision texts: any text made of the pieces a decision is made of, in any order and
/// mangled, and well-formed decisions whose paragraphs the test knows.
/// </summary>
internal static class DecisionTexts
{
    private static readonly string[] Words =
    [
        "cooperate", "with", "the", "regional", "centres", "on", "statistics", "of", "waste", "and", "to", "assist",
        "in", "developing", "national", "inventories", "sound", "management", "chemicals", "environmentally", "plan",
        "implementation", "capacity-building", "information", "activities", "relevant", "its", "work",
    ];

    private static readonly string[] Verbs = ["Requests", "Welcomes", "Invites", "Encourages", "Also requests", "Takes note", "Decides", "Urges"];

    private static readonly string[] Addressees = ["the Secretariat", "the Executive Secretary", "Parties", "the Basel Convention regional centres"];

    private static readonly string[] Superscripts = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "¹⁰"];

    public static readonly Gen<string> Phrase = Gen.OneOf(Words).Array[1, 12].Select(words => string.Join(' ', words));

    private static readonly Gen<int> SmallNumber = Gen.Frequency((6, Gen.Int[1, 12]), (1, Gen.Int[0, 999]), (1, Gen.Int[1000, int.MaxValue]));

    private static readonly Gen<string> Letter = Gen.OneOf("a", "b", "c", "d", "e", "h", "i", "ii", "iii", "iv", "v", "x", "z", "aa", "bb");

    private static readonly Gen<string> Ending = Gen.OneOf(";", ".", ",", ":", "", "; and", ";¹", ";²", "”;3", ",⁴", "[^1]", "<sup>2</sup>;");

    // Controls, bidi marks, byte-order marks, lone surrogates, digits of other scripts, superscripts and everything else.
    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (4, Gen.Char),
        (2, Gen.Char['\0', '\u001F']),
        (2, Gen.OneOf('\u202E', '\u200B', '\uFEFF', '\u00AD', '\u00A0', '\u2028', '\u0085', '\uD800', '\uDC00', '\uFFFF')),
        (2, Gen.OneOf('٦', '٣', '۴', '१', '６', '௧', '¹', '²', '⁰', '⅓', 'Ⅳ', '①')),
        (2, Gen.OneOf('(', ')', '.', ';', ':', '*', '_', '#', '[', '^', ']', '<', '>', '/', '-', '–', ' ', '\t', '\r', '\n')));

    private static readonly Gen<string> Junk = Gen.String[AnyChar, 0, 40];

    private static readonly Gen<string> Heading = Gen.Select(
        Gen.OneOf("BC", "RC", "SC", "BC.Ex", "OEWG", "IX", "bc", "Decision SC"), Gen.OneOf("-", " ", "–", ""), SmallNumber, SmallNumber,
        Gen.OneOf(": ", " – ", " ", ""), Phrase,
        (prefix, hyphen, meeting, number, separator, title) => $"{prefix}{hyphen}{meeting}/{number}{separator}{title}");

    private static readonly Gen<string> Paragraph = Gen.Select(
        SmallNumber, Gen.OneOf(". ", ") ", " ", ".\t", "."), Gen.OneOf(Verbs), Gen.OneOf(Addressees), Phrase, Ending,
        (number, dot, verb, addressee, phrase, ending) => $"{number}{dot}{verb} {addressee} to {phrase}{ending}");

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (2, Heading),
        (1, Gen.OneOf("The Conference of the Parties,", "The Conference of the Parties", "The Conference of the Parties, Recalling its decision")),
        (3, Gen.Select(Gen.OneOf("Recalling", "Noting", "Mindful of", "Welcoming", "*Recognizing*"), Phrase, Ending, (opening, phrase, ending) => $"{opening} {phrase}{ending}")),
        (6, Paragraph),
        (3, Gen.Select(Gen.OneOf(Verbs), Gen.OneOf(Addressees), Phrase, Ending, (verb, addressee, phrase, ending) => $"{verb} {addressee} to {phrase}{ending}")),
        (5, Gen.Select(Gen.OneOf("", " - ", "  ", "• "), Letter, Gen.OneOf(") ", ". ", ")"), Phrase, Ending,
            (dash, letter, close, phrase, ending) => close == ") " && dash.Length == 0 ? $"({letter}) To {phrase}{ending}" : $"{dash}({letter}{close}To {phrase}{ending}")),
        (2, Gen.Select(Gen.OneOf(Verbs), Phrase, Phrase, Phrase, (verb, a, b, c) => $"{verb} the Secretariat: (a) to {a}; (b) to {b}; and (c) to {c};")),
        (3, Gen.Select(Gen.OneOf(Superscripts), Gen.OneOf("", " "), Gen.OneOf("UNEP/EA.3/HLS.1.", "UNEP/CHW.14/INF/36.", "See decision BC-13/20.", "General Assembly resolution 70/1."),
            (marker, space, citation) => $"{marker}{space}{citation}")),
        (2, Gen.Select(SmallNumber, Gen.OneOf(" ", ". ", ""), Gen.OneOf("UNEP/POPS/COP.9/30.", "See the report.", "January 2017"), (n, space, text) => $"{n}{space}{text}")),
        (1, Gen.OneOf("[^1]: UNEP/EA.3/HLS.1.", "<sup>2</sup> UNEP/CHW.14/INF/36.", "2UNEP/CHW.14/INF/36.3UNEP/POPS/COP.9/30.")),
        (2, Gen.OneOf("I. Technical assistance", "II", "A. Regional centres", "## Cooperation", "**Reporting**", "Section III", "B", "IV - Partnerships")),
        (1, Gen.OneOf("Annex", "Appendix II", "27", "UNEP/POPS/COP.9/30", "K1234567")),
        (3, Gen.Const("")),
        (3, Junk),
        (2, Gen.Select(Paragraph, Junk, Gen.Int[0, 60], (line, junk, at) => line.Insert(Math.Min(at, line.Length), junk))));

    /// <summary>Any text made of decision pieces: repeats, gaps, numbers out of order, blank lines, junk and stray characters.</summary>
    public static readonly Gen<string> Any = Gen.Select(
        Fragment.Array[0, 30], Gen.OneOf("\n", "\r\n", "\r"), (lines, newline) => string.Join(newline, lines));

    /// <summary>What a client may pass as <c>?symbol=</c>: nothing, a symbol, one in other digits, or anything.</summary>
    public static readonly Gen<string?> SymbolHint = Gen.Frequency(
        (3, Gen.Const(default(string))), (2, Gen.OneOf<string?>("BC-14/99", "bc 14 / 99", "BC-١٤/٢١", "RC-９/3")), (1, Junk.Select(junk => (string?)junk)));

    /// <summary>A decision as the Secretariat writes it, with the paragraphs and sub-paragraphs it is made of.</summary>
    public static readonly Gen<WellFormedDecision> WellFormed = Gen.Select(
        Gen.Int[1, 20], Gen.Int[1, 99], Phrase, Phrase.Array[0, 4],
        Gen.Select(Gen.OneOf(Verbs), Gen.OneOf(Addressees), Phrase, Phrase.Array[0, 8], Gen.Bool,
            (verb, addressee, phrase, items, footnoted) => new GeneratedParagraph(verb, addressee, phrase, items, footnoted)).Array[1, 15],
        (meeting, number, title, preamble, paragraphs) => new WellFormedDecision($"BC-{meeting}/{number}", title, preamble, paragraphs));
}

/// <param name="Items">The texts of sub-paragraphs (a), (b), … in order; none when the paragraph has none.</param>
internal sealed record GeneratedParagraph(string Verb, string Addressee, string Phrase, string[] Items, bool Footnoted)
{
    /// <summary>The paragraph's own text as the parser should give it back: no sub-paragraphs, no footnote marker.</summary>
    public string Text => Items.Length > 0 ? $"{Verb} {Addressee}:" : $"{Verb} {Addressee} to {Phrase};";

    public static string LetterAt(int index) => index < 26 ? ((char)('a' + index)).ToString() : new string((char)('a' + index - 26), 2);
}

internal sealed record WellFormedDecision(string Symbol, string Title, string[] Preamble, GeneratedParagraph[] Paragraphs)
{
    public string Text()
    {
        var lines = new List<string> { $"{Symbol}: {Title}", "", "The Conference of the Parties,", "" };
        lines.AddRange(Preamble.Select(phrase => $"Recalling {phrase},"));
        lines.Add("");
        var footnotes = new List<string>();
        for (var i = 0; i < Paragraphs.Length; i++)
        {
            var paragraph = Paragraphs[i];
            var marker = paragraph.Footnoted ? Superscript(footnotes.Count + 1) : "";
            if (paragraph.Footnoted)
            {
                footnotes.Add($"{marker} UNEP/CHW.14/INF/{i + 1}.");
            }

            lines.Add($"{i + 1}. {paragraph.Text}{marker}");
            lines.AddRange(paragraph.Items.Select((item, at) => $"({GeneratedParagraph.LetterAt(at)}) To {item};"));
        }

        lines.Add("");
        lines.AddRange(footnotes);
        return string.Join('\n', lines);
    }

    private static string Superscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(digit => "⁰¹²³⁴⁵⁶⁷⁸⁹"[digit - '0']));
}
