namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// A decision as read from its text. Texts carry no emphasis or footnote markers; the markers a
/// paragraph referred to are listed beside it, in the order they appeared.
/// </summary>
public sealed record ParsedDecision(
    DecisionSymbol Symbol,
    string? Title,
    IReadOnlyList<ParsedParagraph> Paragraphs,
    IReadOnlyList<ParsedFootnote> Footnotes,
    IReadOnlyList<ParsedMandate> Mandates,
    IReadOnlyList<string> Preamble,
    IReadOnlyList<string> Sections);

/// <summary>An operative paragraph. <see cref="Text"/> is its own text, sub-paragraphs apart.</summary>
public sealed record ParsedParagraph(
    int Number,
    string Verb,
    IReadOnlyList<string> Addressees,
    string Text,
    IReadOnlyList<ParsedSubparagraph> Subparagraphs,
    IReadOnlyList<string> FootnoteMarkers,
    string? Section);

public sealed record ParsedSubparagraph(string Letter, string Text, IReadOnlyList<string> FootnoteMarkers);

/// <summary>A footnote; its marker is written in ASCII digits whatever form the text used (<c>¹</c> is <c>1</c>).</summary>
public sealed record ParsedFootnote(string Marker, string Text, IReadOnlyList<string> DocumentSymbols);
