using Platform.Conventions.Decisions.Parsing;

namespace Platform.UnitTests.Decisions;

/// <summary>Parses a decision text the test expects to be readable, and finds the sample decision.</summary>
internal static class Parsed
{
    public static ParsedDecision Decision(string text, string? symbol = null, string? title = null)
    {
        var result = DecisionParser.Parse(text, symbol, title);
        Assert.Null(result.Error);
        Assert.NotNull(result.Decision);
        return result.Decision;
    }

    public static ParsedParagraph Paragraph(this ParsedDecision decision, int number) =>
        Assert.Single(decision.Paragraphs, paragraph => paragraph.Number == number);

    public static ParsedMandate Mandate(this ParsedDecision decision, string reference) =>
        Assert.Single(decision.Mandates, mandate => mandate.Reference == reference);

    public static string[] References(this ParsedDecision decision) => [.. decision.Mandates.Select(mandate => mandate.Reference)];

    /// <summary>The sample decision BC-14/21 (tests/Samples), copied beside the test assembly.</summary>
    public static string SampleText() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "BC-14-21.txt"));
}
