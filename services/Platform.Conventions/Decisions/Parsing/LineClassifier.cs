namespace Platform.Conventions.Decisions.Parsing;

internal enum LineKind
{
    DecisionHeading,
    Enacting,
    Annex,
    Footnote,
    NumberedParagraph,
    Subparagraph,
    Section,
    SectionNumeral,
    Preamble,
    OperativeVerb,
    VerbLike,
    Other,
}

/// <param name="Label">The paragraph number, sub-paragraph letter, footnote marker or section numeral.</param>
/// <param name="Content">The line without its label.</param>
/// <param name="Rest">For an enacting clause with text after its comma, that text.</param>
internal sealed record ClassifiedLine(LineKind Kind, string Content, string? Label = null, string? Rest = null);

/// <summary>Says what a single line is, on its own. What it means in sequence is the body reader's business.</summary>
internal static partial class LineClassifier
{
    public static ClassifiedLine Classify(string line, IReadOnlySet<string> referencedMarkers)
    {
        if (DecisionHeading().IsMatch(line))
        {
            return new(LineKind.DecisionHeading, line);
        }

        if (Enacting().Match(line) is { Success: true } enacting)
        {
            var rest = line[enacting.Length..].Trim();
            return new(LineKind.Enacting, line, Rest: rest.Length > 0 ? rest : null);
        }

        if (Annex().IsMatch(line))
        {
            return new(LineKind.Annex, line);
        }

        if (FootnoteDefinitions.TryRead(line, referencedMarkers, out var marker, out var footnote))
        {
            return new(LineKind.Footnote, footnote, marker);
        }

        if (Numbered().Match(line) is { Success: true } numbered
            && (numbered.Groups["dot"].Success || OperativeVerbs.Opening(numbered.Groups["c"].Value, knownVerbsOnly: true) is not null))
        {
            return new(LineKind.NumberedParagraph, numbered.Groups["c"].Value, numbered.Groups["n"].Value);
        }

        if (Subparagraph().Match(Emphasis.Strip(line)) is { Success: true } sub)
        {
            return new(LineKind.Subparagraph, sub.Groups["c"].Value, sub.Groups["l"].Value);
        }

        if (SectionLine(line) is { } section)
        {
            return section;
        }

        var plain = Emphasis.Strip(line);
        if (plain.Length > 0 && char.IsUpper(plain[0]))
        {
            if (OperativeVerbs.IsPreambular(line))
            {
                return new(LineKind.Preamble, line);
            }

            if (OperativeVerbs.Opening(line, knownVerbsOnly: true) is not null)
            {
                return new(LineKind.OperativeVerb, line);
            }

            if (OperativeVerbs.Opening(line, knownVerbsOnly: false) is not null)
            {
                return new(LineKind.VerbLike, line);
            }
        }

        return new(LineKind.Other, line);
    }

    /// <summary>Page numbers, running document symbols and print job numbers a PDF conversion leaves between lines.</summary>
    public static bool IsPageFurniture(string line) => PageFurniture().IsMatch(line);

    /// <summary>Lines that can open the body of a decision, ending its heading.</summary>
    public static bool OpensBody(LineKind kind) => kind is not (LineKind.Other or LineKind.VerbLike or LineKind.DecisionHeading or LineKind.Annex);

    private static ClassifiedLine? SectionLine(string line)
    {
        if (SectionNumeralAlone().Match(line) is { Success: true } numeral)
        {
            return new(LineKind.SectionNumeral, line, numeral.Groups["n"].Value);
        }

        if (NumberedSection().Match(line) is { Success: true } section && ReadsLikeHeading(section.Groups["t"].Value))
        {
            return new(LineKind.Section, Emphasis.Strip(line.TrimStart('#', ' ')), section.Groups["n"].Value);
        }

        if (MarkedHeading().Match(line) is { Success: true } marked && ReadsLikeHeading(marked.Groups["t"].Value))
        {
            return new(LineKind.Section, Emphasis.Strip(marked.Groups["t"].Value));
        }

        return null;
    }

    // A heading is short, does not end like a clause and does not open like a paragraph.
    private static bool ReadsLikeHeading(string title)
    {
        var plain = Emphasis.Strip(title);
        return plain.Length is > 0 and <= 200 && !plain.EndsWith(';') && !plain.EndsWith(',')
            && OperativeVerbs.Opening(plain, knownVerbsOnly: true) is null && !OperativeVerbs.IsPreambular(plain);
    }

    [GeneratedRegex(@"^(?:[0-9]{1,4}|[A-Z]{1,10}(?:\.[0-9]+)?(?:/[A-Za-z0-9.\-]+)+|K[0-9]{7})$")]
    private static partial Regex PageFurniture();

    [GeneratedRegex(@"^(?:#+\s*)?[*_]{0,3}(?:Decision\s+)?" + DecisionSymbol.LoosePattern + @"[*_]{0,3}(?:\s*[:.\-–—]\s*\S|(?-i:\s+[A-Z])|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionHeading();

    [GeneratedRegex(
        @"^[*_]{0,3}The\s+(?:Conferences?\s+of\s+the\s+Parties|Open[\-\s]ended\s+Working\s+Group|Meeting\s+of\s+the\s+Parties|Plenipotentiary\s+Conference)\b[^,;:.]{0,120}?[*_]{0,3}(?:,|$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Enacting();

    [GeneratedRegex(@"^(?:#+\s*)?[*_]{0,3}(?:Annex|Appendix)(?:\s+[IVX0-9]+)?\b[^;]{0,150}$")]
    private static partial Regex Annex();

    // [0-9] here and throughout the parser, not \d: \d also matches the digits of other scripts (٦, ６), which int.Parse refuses.
    [GeneratedRegex(@"^(?<n>[0-9]{1,3})(?:\s*(?<dot>[.)])\s*|\s+)(?<c>[^0-9\s.].*)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^(?:[-–—•·▪◦]\s*)?(?:\((?<l>[a-z]{1,2}|[ivx]{1,5})\)|(?<l>[a-z]|[ivx]{1,5})\)|(?<l>[a-z])\.(?=\s))\s*(?<c>.*)$")]
    private static partial Regex Subparagraph();

    [GeneratedRegex(@"^(?:#+\s*)?[*_]{0,3}(?:(?:Section|Part|Chapter)\s+)?(?<n>[IVXL]{1,6}|[A-Z])\.?[*_]{0,3}$")]
    private static partial Regex SectionNumeralAlone();

    [GeneratedRegex(@"^(?:#+\s*)?[*_]{0,3}(?:(?:Section|Part|Chapter)\s+)?(?<n>[IVXL]{1,6}|[A-Z])(?:\s*[.:)]|\s+[-–—])[*_]{0,3}\s+(?<t>\S.*)$")]
    private static partial Regex NumberedSection();

    [GeneratedRegex(@"^(?:#{1,6}\s+(?<t>.+)|(?<m>\*\*|__)(?<t>[^*_]+)\k<m>)$")]
    private static partial Regex MarkedHeading();
}
