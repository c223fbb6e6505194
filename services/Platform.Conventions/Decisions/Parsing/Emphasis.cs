namespace Platform.Conventions.Decisions.Parsing;

/// <summary>
/// Italic and bold marks as converters write them: <c>*Requests*</c>, <c>_Requests_</c>,
/// <c>**Requests**</c>, <c>&lt;i&gt;Requests&lt;/i&gt;</c>. Decisions italicise the operative
/// verb, so the leading emphasised phrase is the surest sign of where the verb ends.
/// </summary>
internal static partial class Emphasis
{
    public static string Strip(string text)
    {
        var marked = HtmlTag().Replace(text, "*");
        var stripped = Span().Replace(marked, "$2");
        return StrayMark().Replace(stripped, "").Trim();
    }

    /// <summary>The emphasised phrase that opens the text, if it opens with one.</summary>
    public static string? Leading(string text)
    {
        var match = LeadingSpan().Match(HtmlTag().Replace(text, "*"));
        return match.Success ? match.Groups[2].Value.Trim().TrimEnd(',', ':', ';') : null;
    }

    public static bool StartsEmphasised(string text) => Leading(text) is not null;

    [GeneratedRegex("</?(?:i|em|b|strong)>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")]
    private static partial Regex Span();

    [GeneratedRegex(@"^(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")]
    private static partial Regex LeadingSpan();

    // A mark left unpaired by a line break inside an emphasised phrase.
    [GeneratedRegex(@"(?<=^|\s)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=\s|$|[,;:.])")]
    private static partial Regex StrayMark();
}
