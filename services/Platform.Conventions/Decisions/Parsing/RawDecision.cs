using System.Text;

namespace Platform.Conventions.Decisions.Parsing;

/// <summary>A piece of the decision as read line by line, still holding emphasis and footnote markers.</summary>
internal abstract partial class RawPart(int lineNumber)
{
    private readonly StringBuilder text = new();

    public int LineNumber { get; } = lineNumber;

    public string Text => text.ToString();

    public void Append(string more)
    {
        if (more.Length == 0)
        {
            return;
        }

        // A line broken after a hyphenated word prefix ("inter-" / "governmental") joins without a space.
        if (text.Length > 0 && !(text[^1] == '-' && char.IsLower(more[0]) && text.Length > 1 && char.IsLetter(text[^2])))
        {
            text.Append(' ');
        }

        text.Append(more);
    }

    /// <summary>True when the text so far ends a clause, so a capitalised line after it starts something new.</summary>
    public bool EndsClause() => Text.Length == 0 || ClauseEnd().IsMatch(Text);

    [GeneratedRegex(@"(?:[;.:,][”’""')\]]?(?:[" + FootnoteMarkers.Superscripts + @"]+|[0-9]{1,3})?[*_]*|[;,]\s+(?:and|or))\s*$")]
    private static partial Regex ClauseEnd();
}

/// <param name="number">As printed, or for a paragraph printed without one, one more than the paragraph before.</param>
internal sealed class RawParagraph(int number, int lineNumber, string? section) : RawPart(lineNumber)
{
    public int Number { get; } = number;

    public string? Section { get; } = section;

    public List<RawSubparagraph> Subparagraphs { get; } = [];
}

internal sealed class RawSubparagraph(string letter, int lineNumber) : RawPart(lineNumber)
{
    public string Letter { get; } = letter;
}

internal sealed class RawFootnote(string marker, int lineNumber) : RawPart(lineNumber)
{
    public string Marker { get; } = marker;
}

internal sealed class RawPreamble(int lineNumber) : RawPart(lineNumber);

internal sealed class RawDecision
{
    public List<RawPreamble> Preamble { get; } = [];

    public List<RawParagraph> Paragraphs { get; } = [];

    public List<RawFootnote> Footnotes { get; } = [];

    public List<string> Sections { get; } = [];
}
