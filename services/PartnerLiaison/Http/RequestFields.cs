using System.Globalization;
using Platform.ServiceDefaults.Text;

namespace PartnerLiaison.Http;

/// <summary>
/// Reads request fields that arrive as text (dates, names from a fixed list, lists of
/// references), adding an error that names the field for each one that is wrong.
/// </summary>
public static class RequestFields
{
    public const int MaxListLength = 100;
    public const int MaxReferenceLength = 200;

    public static IReadOnlyList<string> ConventionNames { get; } = ["basel", "rotterdam", "stockholm"];

    /// <summary>One of <paramref name="allowed"/>, accepting other cases and spaces or underscores for dashes.</summary>
    public static string? Choice(
        ValidationErrors errors, string field, string? text, IReadOnlyList<string> allowed, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"'{field}' is required: one of {string.Join(", ", allowed)}.");
            }

            return null;
        }

        var kebab = text.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
        if (allowed.Contains(kebab))
        {
            return kebab;
        }

        errors.Add(field, $"'{text}' is not allowed in '{field}': use one of {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary>Trimmed, without duplicates, in the order sent; a blank entry, or one that is not a one-line text of at most <paramref name="maxLength"/> characters, is an error.</summary>
    public static List<string> Texts(
        ValidationErrors errors, string field, IReadOnlyList<string?>? values, int maxLength = MaxReferenceLength)
    {
        var result = new List<string>();
        if (values is null)
        {
            return result;
        }

        if (values.Count > MaxListLength)
        {
            errors.Add(field, $"'{field}' may hold at most {MaxListLength} entries.");
            return result;
        }

        for (var index = 0; index < values.Count; index++)
        {
            if (!PlatformText.HasVisibleCharacter(values[index]))
            {
                errors.Add(field, $"'{field}' must not contain blank entries.");
            }
            else if (errors.SingleLine($"{field}[{index}]", values[index], maxLength) is { } text
                     && !result.Contains(text, StringComparer.Ordinal))
            {
                result.Add(text);
            }
        }

        return result;
    }

    public static List<string> Conventions(ValidationErrors errors, string field, IReadOnlyList<string?>? values)
    {
        var result = new List<string>();
        foreach (var value in Texts(errors, field, values))
        {
            if (Choice(errors, field, value, ConventionNames) is { } convention && !result.Contains(convention))
            {
                result.Add(convention);
            }
        }

        return result;
    }

    /// <summary>The signed-in user's subject, recorded with a change.</summary>
    public static string? Author(this HttpContext context) => context.User.Identity?.Name;
}
