using Platform.ConventionKernel.Decisions.Parsing;
using Xunit;

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

    /// <summary>
    /// The sample decision BC-14/21, kept beside these tests so that every clone has it; the shared
    /// samples folder next to the repository is the fallback.
    /// </summary>
    public static string SampleText()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (!File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            {
                continue;
            }

            var kept = Path.Combine(folder.FullName, "tests", "Platform.UnitTests", "Decisions", "Samples", "BC-14-21.txt");
            var shared = Path.Combine(folder.FullName, "..", "shared", "samples", "BC-14-21.txt");
            return File.ReadAllText(File.Exists(kept) ? kept : shared);
        }

        throw new FileNotFoundException("No Platform.sln above the test output folder, so the sample decision cannot be found.");
    }
}
