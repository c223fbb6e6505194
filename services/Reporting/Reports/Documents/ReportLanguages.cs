namespace Reporting.Reports.Documents;

/// <summary>The six languages the document's own text is written in, English first.</summary>
public static class ReportLanguages
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static IReadOnlyList<CultureInfo> All { get; } =
    [
        English,
        CultureInfo.GetCultureInfo("fr"),
        CultureInfo.GetCultureInfo("es"),
        Gregorian("ar"),
        CultureInfo.GetCultureInfo("ru"),
        CultureInfo.GetCultureInfo("zh"),
    ];

    /// <summary>The codes as <c>?language=</c> takes them: en, fr, es, ar, ru, zh.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. All.Select(language => language.Name)];

    /// <summary>The language named by its two-letter code (any case), or null.</summary>
    public static CultureInfo? Find(string? code) =>
        string.IsNullOrWhiteSpace(code)
            ? null
            : All.FirstOrDefault(language => string.Equals(language.Name, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool IsRightToLeft(CultureInfo language) => language.TextInfo.IsRightToLeft;

    // Reports date events by the Gregorian calendar in every language; some Arabic cultures
    // default to another one.
    private static CultureInfo Gregorian(string name)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo(name).Clone();
        if (culture.DateTimeFormat.Calendar is not GregorianCalendar)
        {
            culture.DateTimeFormat.Calendar = new GregorianCalendar();
        }

        return CultureInfo.ReadOnly(culture);
    }
}
