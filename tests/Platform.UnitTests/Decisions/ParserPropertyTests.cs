using CsCheck;
using Platform.Conventions.Decisions.Parsing;
using Platform.Testing.Properties;

namespace Platform.UnitTests.Decisions;

/// <summary>
/// The parser over generated texts. The cases come from fixed seeds (<see cref="FixedSeed"/>), so a
/// run is the same run every time and a failure names the text that fails.
/// </summary>
public sealed class ParserPropertyTests
{
    private const ulong AnyTextSeed = 1421;
    private const ulong WellFormedSeed = 918;

    [Fact]
    public void Any_text_reads_as_a_decision_or_as_an_error_at_one_of_its_lines()
    {
        FixedSeed.Check(Gen.Select(DecisionTexts.Any, DecisionTexts.SymbolHint), AnyTextSeed, 3_000,
            ((string Text, string? SymbolHint) generated) =>
            {
                var (text, symbolHint) = generated;
                var result = DecisionParser.Parse(text, symbolHint);

                Assert.True(result.Decision is null != result.Error is null, "exactly one of a decision and an error");
                if (result.Error is { } error)
                {
                    Assert.NotEmpty(error.Message);
                    Assert.InRange(error.LineNumber ?? 1, 1, LineCount(text));
                }
                else
                {
                    // What storage keys mandates by: one mandate per reference.
                    Assert.Equal(result.Decision!.Mandates.Count, result.Decision.Mandates.Select(m => m.Reference).Distinct(StringComparer.Ordinal).Count());
                }
            });
    }

    [Fact]
    public void A_well_formed_decision_gives_back_its_paragraphs_subparagraphs_and_footnotes()
    {
        FixedSeed.Check(DecisionTexts.WellFormed, WellFormedSeed, 1_000,
            generated =>
            {
                var decision = Parsed.Decision(generated.Text());

                Assert.Equal(generated.Symbol, decision.Symbol.Value);
                Assert.Equal(generated.Title, decision.Title);
                Assert.Equal(generated.Preamble.Select(phrase => $"Recalling {phrase},"), decision.Preamble);
                Assert.Equal(Enumerable.Range(1, generated.Paragraphs.Length), decision.Paragraphs.Select(p => p.Number));
                Assert.Equal(generated.Paragraphs.Select(p => p.Text), decision.Paragraphs.Select(p => p.Text));
                Assert.Equal(
                    generated.Paragraphs.Select(p => string.Join('\n', p.Items.Select((item, at) => $"({GeneratedParagraph.LetterAt(at)}) To {item};"))),
                    decision.Paragraphs.Select(p => string.Join('\n', p.Subparagraphs.Select(sub => $"({sub.Letter}) {sub.Text}"))));
                var footnoted = generated.Paragraphs.Count(p => p.Footnoted);
                Assert.Equal(
                    Enumerable.Range(1, footnoted).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    decision.Footnotes.Select(footnote => footnote.Marker));
                Assert.Equal(
                    generated.Paragraphs.Select(p => p.Footnoted),
                    decision.Paragraphs.Select(p => p.FootnoteMarkers.Count == 1));
            });
    }

    private static int LineCount(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
}
