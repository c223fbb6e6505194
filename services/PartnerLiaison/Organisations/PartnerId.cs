using System.Text.RegularExpressions;

namespace PartnerLiaison.Organisations;

/// <summary>
/// A partner's stable id, chosen by the liaison team: lowercase letters and digits in
/// dash-separated words (<c>unep</c>, <c>undesa-statistics</c>, <c>un-habitat</c>). Other
/// services store it in their records, so it never changes once given.
/// </summary>
public static partial class PartnerId
{
    public const int MinLength = 2;
    public const int MaxLength = 64;

    public static bool IsValid(string? id) =>
        id is { Length: >= MinLength and <= MaxLength } && Pattern().IsMatch(id);

    public static void Check(ValidationErrors errors, string field, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(field, $"'{field}' is required: a lowercase id such as 'un-habitat'.");
        }
        else if (!IsValid(id))
        {
            errors.Add(field, $"'{id}' is not a partner id: use {MinLength} to {MaxLength} lowercase letters and digits in words joined by single dashes, such as 'un-habitat'.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
