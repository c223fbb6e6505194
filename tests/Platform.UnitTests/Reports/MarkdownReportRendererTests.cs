namespace Platform.UnitTests.Reports;

public sealed class MarkdownReportRendererTests
{
    [Fact]
    public async Task Cover_lines_are_kept_apart_by_hard_line_breaks()
    {
        var markdown = await Rendered.Text("md");

        Assert.StartsWith(
            "**UNEP/CHW.15/INF/36**\\\n**UNEP/FAO/RC/COP.10/INF/29**\\\n**UNEP/POPS/COP.10/INF/38**\n\nDistr.: General\\\n2 August 2021\\\nEnglish only\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paragraph_numbers_are_escaped_so_markdown_keeps_them_as_written()
    {
        var lines = (await Rendered.Text("md")).Split('\n');

        Assert.Contains(lines, l => l.StartsWith("14\\. In the figures below", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\."));
    }

    [Fact]
    public async Task Pipes_in_text_are_escaped_so_every_row_keeps_its_columns()
    {
        var markdown = await Rendered.Text("md");

        var rows = TableRows(markdown, "## Sources of the information in the present report");
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(Cells(rows[0]), Cells(r)));
        Assert.Contains(@"PCB inventory \| transformers", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mandates_without_activity_are_set_in_bold_in_the_coverage_table()
    {
        var rows = TableRows(await Rendered.Text("md"), "### Mandates and the number of activities that served them");

        var flagged = rows.Where(r => r.Contains("No activity", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, flagged.Count);
        Assert.StartsWith("| **BC-14/21 6(d), RC-9/9 6(d), SC-9/18 6(d)** |", flagged[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_of_activities_per_convention_is_a_mermaid_bar_chart()
    {
        var markdown = await Rendered.Text("md");

        Assert.Contains("```mermaid\nxychart-beta\n", markdown, StringComparison.Ordinal);
        Assert.Contains("x-axis [\"Basel\", \"Rotterdam\", \"Stockholm\"]", markdown, StringComparison.Ordinal);
        Assert.Contains("bar [1, 2, 2]", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_notice_is_a_warning_block()
    {
        var markdown = await Rendered.Text("md", Rendered.Edition(numbers: Reporting.Reports.Documents.DocumentNumbers.None));

        Assert.Contains("> [!WARNING]\n> **Draft: the document numbers have not all been assigned.**", markdown, StringComparison.Ordinal);
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
