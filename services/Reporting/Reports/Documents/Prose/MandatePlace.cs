using System.Text.RegularExpressions;

namespace Reporting.Reports.Documents.Prose;

/// <summary>
/// Where a mandate sits in its decision, read from its reference (<c>BC-14/21 6(b)</c>): the
/// decision, the paragraph as a document cites it (<c>6 (b)</c>) and the token a section id is
/// made of (<c>6b</c>).
/// </summary>
internal sealed partial record MandatePlace(string Decision, string Paragraph, string Token)
{
    public static MandatePlace Of(string reference)
    {
        var match = Reference().Match(reference.Trim());
        if (!match.Success)
        {
            // Not a reference the parser writes; the whole of it still names the place.
            return new MandatePlace("", reference.Trim(), Slug(reference));
        }

        var paragraph = match.Groups["paragraph"].Value;
        var letter = match.Groups["letter"].Value;
        return new MandatePlace(
            match.Groups["decision"].Value,
            letter.Length == 0 ? paragraph : $"{paragraph} ({letter})",
            Slug(paragraph + letter));
    }

    /// <summary>Lower-case letters, digits and single hyphens: safe in a URL path segment.</summary>
    public static string Slug(string text)
    {
        var slug = NotSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? "section" : slug;
    }

    [GeneratedRegex(@"^(?<decision>\S+)\s+(?<paragraph>[\w.]+?)(?:\((?<letter>\w+)\))?$")]
    private static partial Regex Reference();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
