namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Sub-paragraphs written inside the paragraph: <c>Requests the Secretariat: (a) to …; (b) to …;
/// and (c) to …</c>. A letter counts only in sequence and right after the colon or the semicolon
/// that ends the previous item, so references such as <c>paragraph 6 (a)</c> stay in the text.
/// </summary>
internal static class InlineSubparagraphs
{
    public static (string Lead, IReadOnlyList<(string Letter, string Text)> Items) Split(string text)
    {
        var first = FindItem(text, "a", 0, opensList: true);
        if (first < 0)
        {
            return (text, []);
        }

        var items = ItemsFrom(text, "a", first);
        return items.Count < 2 ? (text, []) : (text[..first].TrimEnd(), items);
    }

    /// <summary>
    /// The paragraph's sub-paragraph lines, each line that runs on into the next items
    /// (<c>(b) …; (c) …</c>) cut into its items, with the line each item's line started on.
    /// </summary>
    public static IEnumerable<(string Letter, string Text, int LineNumber)> Items(RawParagraph paragraph) =>
        paragraph.Subparagraphs.SelectMany(sub =>
            ItemsFrom($"({sub.Letter}) {sub.Text}", sub.Letter, 0).Select(item => (item.Letter, item.Text, sub.LineNumber)));

    private static List<(string Letter, string Text)> ItemsFrom(string text, string letter, int start)
    {
        var items = new List<(string, string)>();
        var bodyStart = start + letter.Length + 2;
        while (true)
        {
            var next = SubparagraphLetters.Next(letter);
            var nextStart = FindItem(text, next, bodyStart, opensList: false);
            var end = nextStart < 0 ? text.Length : nextStart;
            items.Add((letter, text[bodyStart..end].Trim()));
            if (nextStart < 0)
            {
                return items;
            }

            letter = next;
            bodyStart = nextStart + letter.Length + 2;
        }
    }

    private static int FindItem(string text, string letter, int from, bool opensList)
    {
        var label = $"({letter})";
        for (var at = text.IndexOf(label, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(label, at + 1, StringComparison.Ordinal))
        {
            var after = at + label.Length;
            if (after < text.Length && !char.IsWhiteSpace(text[after]))
            {
                continue;
            }

            var before = WithoutTrailingMarker(text[..at].TrimEnd().TrimEnd('-', '–', '—', ' ', '*', '_'));
            if (opensList ? before.EndsWith(':') : EndsItem(before))
            {
                return at;
            }
        }

        return -1;
    }

    // "…;¹ (b)" and "…;1 (b)": a footnote reference may stand between the semicolon and the next letter.
    private static string WithoutTrailingMarker(string before)
    {
        var trimmed = before.TrimEnd(FootnoteMarkers.Superscripts.ToCharArray());
        var digits = trimmed.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        return trimmed.Length - digits.Length <= 3 && digits.Length > 0 && digits[^1] is ';' or ',' or ':' or '.' ? digits : trimmed;
    }

    private static bool EndsItem(string before) =>
        before.EndsWith(';') || before.EndsWith(',') || before.EndsWith('.')
        || before.EndsWith("; and", StringComparison.Ordinal) || before.EndsWith("; or", StringComparison.Ordinal)
        || before.EndsWith(", and", StringComparison.Ordinal) || before.EndsWith(", or", StringComparison.Ordinal);
}
