namespace Platform.IntegrationTests.Reports;

/// <summary>
/// Text holding one of every character class that has broken report documents, as the store
/// may hold it from before the platform's text rule.
/// </summary>
public static class AwkwardText
{
    public static readonly string C0Controls = string.Concat(Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA or 0xD)).Select(c => (char)c));

    public static readonly string DelAndC1Controls = string.Concat(Enumerable.Range(0x7F, 0x21).Select(c => (char)c));

    public const string Noncharacters = "\uFFFE\uFFFF";

    public const string LoneSurrogates = "\uD800 \uDFFF";

    public const string BidiControls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    public const string ZeroWidthAndByteOrderMark = "\u200B\u200C\u200D\u2060\uFEFF";

    public const string RightToLeft = "שלום مرحبا";

    public const string CombiningMarks = "e\u0301 a\u0308 n\u0303";

    public const string Astral = "😀🌍𝄞";

    public const string MarkupSpecials = "# | * _ ` <b> & ]]> \t\r\n- 1. ";

    /// <summary>A title with every class, its start and end readable.</summary>
    public static string Titled(string title) => string.Concat(
        title, " ", C0Controls, DelAndC1Controls, Noncharacters, LoneSurrogates, BidiControls, ZeroWidthAndByteOrderMark,
        RightToLeft, CombiningMarks, Astral, MarkupSpecials, " end");
}
