namespace Platform.UnitTests.Reports;

public sealed class MarkdownReportRendererTests
{
    private const string EscapedJointTitle = @"Joint workshop on plastic waste \& POPs \<West Africa\> \| Côte d’Ivoire";

    [Fact]
    public async Task Joint_activity_is_listed_once_with_all_its_conventions()
    {
        var rows = TableRows(await Rendered.Text("md"), "## Activities of the period");

        var joint = Assert.Single(rows, r => r.Contains(EscapedJointTitle, StringComparison.Ordinal));
        Assert.Contains("| basel, rotterdam, stockholm |", joint, StringComparison.Ordinal);
        Assert.Equal(3, rows.Count - 2);
    }

    [Fact]
    public async Task Mandates_without_activity_are_flagged_in_the_coverage_table()
    {
        var rows = TableRows(await Rendered.Text("md"), "## Mandate coverage");

        var flagged = Assert.Single(rows, r => r.Contains("No activity", StringComparison.Ordinal));
        Assert.StartsWith("| **BC-14/21 6(d), RC-9/9 6(d), SC-9/18 6(d)** |", flagged, StringComparison.Ordinal);
        Assert.Contains(rows, r => r.StartsWith("| BC-14/21 6(b), RC-9/9 6(b), SC-9/18 6(b) |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pipes_in_text_are_escaped_so_every_row_keeps_its_columns()
    {
        var markdown = await Rendered.Text("md");

        foreach (var section in new[] { "## Activities of the period", "## Mandate coverage", "## Party assistance requests handled" })
        {
            var rows = TableRows(markdown, section);
            var columns = Cells(rows[0]);
            Assert.All(rows, r => Assert.Equal(columns, Cells(r)));
        }

        Assert.Contains(@"PCB inventory \| transformers", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_of_activities_per_convention_is_a_mermaid_bar_chart()
    {
        var markdown = await Rendered.Text("md");

        Assert.Contains("```mermaid\nxychart-beta\n", markdown, StringComparison.Ordinal);
        Assert.Contains("x-axis [\"basel\", \"rotterdam\", \"stockholm\"]", markdown, StringComparison.Ordinal);
        Assert.Contains("bar [1, 2, 2]", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_source_is_a_warning_block()
    {
        var markdown = await Rendered.Text("md");

        Assert.Contains("> [!WARNING]\n> **Partial report: no answer from PartnerLiaison", markdown, StringComparison.Ordinal);
    }

    /// <summary>The lines of the first table after <paramref name="heading"/>, header and separator included.</summary>
    private static List<string> TableRows(string markdown, string heading) =>
        [.. markdown.Split('\n')
            .SkipWhile(l => l != heading)
            .SkipWhile(l => !l.StartsWith('|'))
            .TakeWhile(l => l.StartsWith('|'))];

    // Cell separators are the pipes not escaped by a backslash.
    private static int Cells(string row) =>
        row.Where((c, i) => c == '|' && (i == 0 || row[i - 1] != '\\')).Count() - 1;
}
