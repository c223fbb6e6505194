namespace Platform.Conventions.Activities;

/// <summary>
/// Mandate references as people type them (<c>BC-14/21 6 (b)</c>, <c>bc-14/21  6(b)</c>,
/// <c>BC–14/21 6(b)</c>) normalised to the stored form <c>BC-14/21 6(b)</c>.
/// </summary>
public static partial class MandateReferenceText
{
    public static string Normalize(string reference)
    {
        var text = reference.Trim().Replace('\u2013', '-').Replace('\u2011', '-').Replace('\u2010', '-');
        text = Whitespace().Replace(text, " ");
        text = SpaceBeforeLetter().Replace(text, "(");
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var symbol = space < 0 ? text : text[..space];
        return (symbol.ToUpperInvariant().Replace(".EX-", ".Ex-", StringComparison.Ordinal) + (space < 0 ? "" : text[space..])).Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s+\(")]
    private static partial Regex SpaceBeforeLetter();
}
