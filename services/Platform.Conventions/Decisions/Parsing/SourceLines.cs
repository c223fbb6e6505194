using System.Text;

namespace Platform.Conventions.Decisions.Parsing;

/// <summary>One line of the decision text, tidied, with its 1-based number in the original text.</summary>
internal sealed record SourceLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>
/// Splits a decision text into lines that read the same whatever editor or converter produced
/// them: a byte-order mark, Windows or old Mac line endings, tabs and the many Unicode spaces
/// (no-break, narrow, thin) all become plain spaces and plain line breaks.
/// </summary>
internal static class SourceLines
{
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = unified.Split('\n');
        var result = new List<SourceLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            result.Add(new SourceLine(i + 1, Tidy(lines[i])));
        }

        return result;
    }

    /// <summary>Collapses every kind of space to one plain space and drops invisible characters.</summary>
    public static string Tidy(string line)
    {
        var tidy = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = tidy.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                tidy.Append(' ');
                pendingSpace = false;
            }

            tidy.Append(c);
        }

        return tidy.ToString();
    }

    // A byte-order mark may also appear mid-text when files were concatenated.
    private static bool IsInvisible(char c) =>
        c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD';
}
