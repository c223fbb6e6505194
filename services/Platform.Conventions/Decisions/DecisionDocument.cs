using Platform.Conventions.Decisions.Parsing;

namespace Platform.Conventions.Decisions;

/// <summary>
/// A decision as the API shows it: what the parser read, stored as JSON with the decision so that
/// the answer stays the same even if the parser later improves.
/// </summary>
public sealed record DecisionDocument(
    string Symbol,
    string? Title,
    string? Meeting,
    IReadOnlyList<string> Preamble,
    IReadOnlyList<ParagraphDto> Paragraphs,
    IReadOnlyList<FootnoteDto> Footnotes,
    IReadOnlyList<MandateDto> Mandates)
{
    public static DecisionDocument From(ParsedDecision decision) => new(
        decision.Symbol.Value,
        decision.Title,
        decision.Symbol.Meeting,
        decision.Preamble,
        decision.Paragraphs.Select(p => new ParagraphDto(
            p.Number, p.Verb, p.Addressees, p.Text,
            p.Subparagraphs.Select(s => new SubparagraphDto(s.Letter, s.Text, s.FootnoteMarkers)).ToList(),
            p.FootnoteMarkers, p.Section)).ToList(),
        decision.Footnotes.Select(f => new FootnoteDto(f.Marker, f.Text, f.DocumentSymbols)).ToList(),
        decision.Mandates.Select(MandateDto.From).ToList());
}

public sealed record ParagraphDto(
    int Number, string Verb, IReadOnlyList<string> Addressees, string Text,
    IReadOnlyList<SubparagraphDto> Subparagraphs, IReadOnlyList<string> Footnotes, string? Section);

public sealed record SubparagraphDto(string Letter, string Text, IReadOnlyList<string> Footnotes);

public sealed record FootnoteDto(string Marker, string Text, IReadOnlyList<string> DocumentSymbols);

public sealed record ReportBackDto(string Body, string When);

public sealed record MandateDto(
    string Reference, int Paragraph, string? Subparagraph, string Verb, string Kind, string Addressee, string Text,
    IReadOnlyList<string> Conditions, ReportBackDto? ReportBack)
{
    public static MandateDto From(ParsedMandate mandate) => new(
        mandate.Reference, mandate.Paragraph, mandate.Subparagraph, mandate.Verb, mandate.Kind, mandate.Addressee,
        mandate.Text, mandate.Conditions,
        mandate.ReportBack is { } back ? new ReportBackDto(back.Body, back.When) : null);
}
