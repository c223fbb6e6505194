using System.Text;
using Reporting.Reports.Documents.Outline;

namespace Reporting.Reports.Documents.Markdown;

/// <summary>Escaping and the table and chart syntax of GitHub-flavoured Markdown.</summary>
internal static class MarkdownText
{
    // Characters that would otherwise start emphasis, code, links, HTML, entities or cells.
    private const string Special = "\\`*_[]<>|&#~";

    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // A line break or tab would end a table row or a heading, or indent a line into code.
        return escaped.ToString().ReplaceLineEndings(" ").Replace('\t', ' ');
    }

    /// <summary>
    /// Inline text that starts a line of its own (a paragraph, a list item), where a leading
    /// "-", "+", "=" or "1." would open a list, a rule or a setext heading, and leading spaces a
    /// code block. Markdown drops a paragraph's leading spaces anyway.
    /// </summary>
    public static string LineStart(string text)
    {
        var inline = Inline(text).TrimStart(' ');
        if (inline.Length > 0 && inline[0] is '-' or '+' or '=')
        {
            return $"\\{inline}";
        }

        var digits = 0;
        while (digits < inline.Length && char.IsAsciiDigit(inline[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < inline.Length && inline[digits] is '.' or ')'
            ? $"{inline[..digits]}\\{inline[digits..]}"
            : inline;
    }

    /// <summary>The cover block: lines kept apart by hard line breaks (a trailing backslash), groups by blank lines; each line arrives escaped.</summary>
    public static void Cover(StringBuilder markdown, Cover cover)
    {
        Lines(markdown, [.. cover.Symbols.Select(symbol => $"**{Inline(symbol)}**")]);
        Lines(markdown, [LineStart(cover.Distribution), LineStart(cover.Date), LineStart(cover.LanguageLine), .. cover.Draft is { } draft ? [$"**{Inline(draft)}**"] : Array.Empty<string>()]);
        foreach (var meeting in cover.Meetings)
        {
            Lines(markdown, [$"**{Inline(meeting.Conference)}**", LineStart(meeting.Meeting), .. meeting.VenueAndDates is { } place ? [LineStart(place)] : Array.Empty<string>()]);
        }

        if (cover.AgendaItem is { } item)
        {
            Lines(markdown, [LineStart(item) + (cover.AgendaFootnote is null ? "" : "\\*"), .. cover.AgendaTitle is { } title ? [$"**{Inline(title)}**"] : Array.Empty<string>()]);
        }

        markdown.Append("# ").Append(Inline(cover.Title)).Append("\n\n");
        if (cover.AgendaFootnote is { } footnote)
        {
            markdown.Append("\\* ").Append(Inline(footnote)).Append('\n');
        }
    }

    private static void Lines(StringBuilder markdown, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            markdown.Append(lines[i]).Append(i < lines.Count - 1 ? "\\\n" : "\n");
        }

        markdown.Append('\n');
    }

    public static void Table(StringBuilder markdown, Table table)
    {
        Row(markdown, table.Header.Select(Inline));
        Row(markdown, table.Header.Select(_ => "---"));
        foreach (var row in table.Rows)
        {
            // A flagged row is set in bold: Markdown has no cell colour.
            Row(markdown, row.Cells.Select(cell => row.Flagged && cell.Length > 0 ? $"**{Inline(cell)}**" : Inline(cell)));
        }
    }

    /// <summary>A Mermaid bar chart, which GitHub and GitLab draw; the counts follow as a table.</summary>
    public static void Chart(StringBuilder markdown, BarChart chart)
    {
        var max = Math.Max(1, chart.Bars.Select(b => b.Value).DefaultIfEmpty(0).Max());
        markdown.Append("```mermaid\nxychart-beta\n")
            .Append("    title \"").Append(Quoted(chart.Title)).Append("\"\n")
            .Append("    x-axis [").AppendJoin(", ", chart.Bars.Select(b => $"\"{Quoted(b.Label)}\"")).Append("]\n")
            .Append("    y-axis \"").Append(Quoted(chart.ValueAxisTitle)).Append("\" 0 --> ")
            .Append(max.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("    bar [").AppendJoin(", ", chart.Bars.Select(b => b.Value.ToString(CultureInfo.InvariantCulture))).Append("]\n")
            .Append("```\n");
    }

    private static void Row(StringBuilder markdown, IEnumerable<string> cells) =>
        markdown.Append("| ").AppendJoin(" | ", cells).Append(" |\n");

    private static string Quoted(string text) => text.Replace('"', '\'').ReplaceLineEndings(" ").Replace('\t', ' ');
}
