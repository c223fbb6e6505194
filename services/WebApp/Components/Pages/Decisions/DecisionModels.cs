using System.Text.RegularExpressions;

namespace WebApp.Components.Pages.Decisions;

/// <summary>An imported decision as <c>GET /api/{convention}/decisions</c> lists it.</summary>
public sealed record DecisionSummary(string Symbol, string? Title, string? Meeting, int MandateCount, DateTime ImportedAt);

/// <summary>
/// A decision as <c>GET /api/{convention}/decisions/{symbol}</c> answers it: what the parser read
/// of the text, paragraph by paragraph, and the Secretariat mandates it found in them.
/// </summary>
public sealed record DecisionDocument(
    string Symbol,
    string? Title,
    string? Meeting,
    IReadOnlyList<string> Preamble,
    IReadOnlyList<DecisionParagraph> Paragraphs,
    IReadOnlyList<DecisionFootnote> Footnotes,
    IReadOnlyList<DecisionMandate> Mandates)
{
    /// <summary>The mandates a paragraph holds in its own text (<paramref name="letter"/> null) or in its sub-paragraph <paramref name="letter"/>.</summary>
    public IReadOnlyList<DecisionMandate> MandatesIn(DecisionParagraph paragraph, string? letter) =>
        MandatesOf(paragraph).Where(mandate => string.Equals(mandate.Subparagraph, letter, StringComparison.Ordinal)).ToList();

    /// <summary>
    /// Every mandate of a paragraph. Where each section numbers its paragraphs from 1, the
    /// references name the section (<c>SC-8/1 II.1(a)</c>), and that tells the paragraphs apart.
    /// </summary>
    public IEnumerable<DecisionMandate> MandatesOf(DecisionParagraph paragraph) =>
        Mandates.Where(mandate => mandate.Paragraph == paragraph.Number && IsInSection(mandate, paragraph.Section));

    /// <summary>The paragraphs in the order printed, one group per section (a single group with no name when there are none).</summary>
    public IEnumerable<(string? Section, IReadOnlyList<DecisionParagraph> Paragraphs)> Sections()
    {
        var group = new List<DecisionParagraph>();
        foreach (var paragraph in Paragraphs)
        {
            if (group.Count > 0 && !string.Equals(group[0].Section, paragraph.Section, StringComparison.Ordinal))
            {
                yield return (group[0].Section, group);
                group = [];
            }

            group.Add(paragraph);
        }

        if (group.Count > 0)
        {
            yield return (group[0].Section, group);
        }
    }

    private bool IsInSection(DecisionMandate mandate, string? section)
    {
        var place = mandate.Reference.StartsWith(Symbol + " ", StringComparison.Ordinal) ? mandate.Reference[(Symbol.Length + 1)..] : mandate.Reference;
        var number = place.IndexOf('(', StringComparison.Ordinal) is var letter and >= 0 ? place[..letter] : place;
        if (number.LastIndexOf('.') is not (var dot and > 0))
        {
            return true;
        }

        // The label is the section heading's first word ("II" of "II. Technical assistance") or the whole heading.
        var label = number[..dot];
        return section is not null && section.StartsWith(label, StringComparison.Ordinal)
            && (section.Length == label.Length || " .-–—:)".Contains(section[label.Length], StringComparison.Ordinal));
    }
}

/// <summary>An operative paragraph: its number, its verb, its own text and its sub-paragraphs, the section it stands in.</summary>
public sealed record DecisionParagraph(
    int Number, string Verb, IReadOnlyList<string> Addressees, string Text,
    IReadOnlyList<DecisionSubparagraph> Subparagraphs, IReadOnlyList<string> Footnotes, string? Section);

public sealed record DecisionSubparagraph(string Letter, string Text, IReadOnlyList<string> Footnotes);

public sealed record DecisionFootnote(string Marker, string Text, IReadOnlyList<string> DocumentSymbols);

/// <summary>A request to the Secretariat (or the Executive Secretary) that the platform tracks work against.</summary>
public sealed record DecisionMandate(
    string Reference, int Paragraph, string? Subparagraph, string Verb, string Kind, string Addressee, string Text,
    IReadOnlyList<string> Conditions, Mandates.ReportBack? ReportBack);

/// <summary>The web application's addresses of a convention's decisions.</summary>
public static partial class DecisionLinks
{
    public static string List(Convention convention) => $"/{convention.Key}/decisions";

    /// <summary><c>/basel/decisions/BC-14/21</c>: the symbol's slash stays a path separator, everything else is escaped.</summary>
    public static string Page(Convention convention, string symbol) => $"/{convention.Key}/decisions/{EscapeSymbol(symbol)}";

    /// <summary>The API's address of one decision.</summary>
    public static string Api(Convention convention, string symbol) => convention.Api($"/decisions/{EscapeSymbol(symbol)}");

    /// <summary>A fragment id made of <paramref name="text"/>: lower-case letters and digits joined by hyphens (<c>BC-14/21 6(b)</c> is <c>bc-14-21-6b</c>).</summary>
    public static string Slug(string text) => NotAlphanumeric().Replace(text.ToLowerInvariant(), "-").Trim('-');

    private static string EscapeSymbol(string symbol) => string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAlphanumeric();
}
