using System.Globalization;
using Platform.ServiceDefaults.Text;

namespace Platform.Conventions.Activities;

/// <summary>
/// The body of a create or update. Dates and enum values arrive as text so that a bad one is
/// reported against its field name rather than as an unreadable body. Whether partner ids and
/// mandate references exist is checked against the database by <see cref="ActivityReferences"/>.
/// </summary>
public sealed partial record ActivityRequest(
    string? Title,
    string? Description,
    string? Type,
    string? Status,
    string? Start,
    string? End,
    IReadOnlyList<string>? Partners = null,
    IReadOnlyList<string>? Mandates = null,
    IReadOnlyList<string>? SdgTargets = null,
    IReadOnlyList<string>? Outputs = null,
    bool? ResourceDependent = null,
    int? Version = null)
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 8000;
    public const int MaxListLength = 50;
    public const int OutputMaxLength = 500;

    /// <summary>Partner ids, mandate references and SDG targets are short; this bounds them well above any real one.</summary>
    public const int ReferenceMaxLength = 200;

    public ValidatedActivity? Validate(ValidationErrors errors)
    {
        var title = errors.SingleLine("title", Title, TitleMaxLength, required: true);
        var description = errors.MultiLine("description", Description, DescriptionMaxLength);
        var type = ParseEnum<ActivityType>(errors, "type", Type, "an activity type");
        var status = ParseEnum<ActivityStatus>(errors, "status", Status, "an activity status");

        var start = errors.IsoDate("start", Start, required: true);
        var end = errors.IsoDate("end", End);
        if (start is not null && end is not null && end < start)
        {
            errors.Add("end", "'end' must not be before 'start'.");
        }

        var partners = CleanList(errors, "partners", Partners, ReferenceMaxLength, value => value.ToLowerInvariant());
        var mandates = CleanList(errors, "mandates", Mandates, ReferenceMaxLength, MandateReferenceText.Normalize);
        var sdgTargets = CleanList(errors, "sdgTargets", SdgTargets, ReferenceMaxLength, value => value);
        foreach (var target in sdgTargets.Where(target => !SdgTargetPattern().IsMatch(target)))
        {
            errors.Add("sdgTargets", $"'{target}' is not an SDG target such as 12.4 or 12.a.");
        }

        var outputs = CleanList(errors, "outputs", Outputs, OutputMaxLength, value => value);

        return errors.IsEmpty
            ? new ValidatedActivity(
                title!, description ?? "", type!.Value, status!.Value, start!.Value, end,
                partners, mandates, sdgTargets, outputs, ResourceDependent ?? false)
            : null;
    }

    private static TEnum? ParseEnum<TEnum>(ValidationErrors errors, string field, string? text, string what)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"'{field}' is required: one of {KebabNames.Allowed<TEnum>()}.");
            return null;
        }

        if (KebabNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        errors.Add(field, $"'{text}' is not {what}: use one of {KebabNames.Allowed<TEnum>()}.");
        return null;
    }

    /// <summary>Each entry a one-line text of at most <paramref name="maxLength"/> characters; trimmed, without duplicates.</summary>
    private static List<string> CleanList(
        ValidationErrors errors, string field, IReadOnlyList<string>? values, int maxLength, Func<string, string> normalize)
    {
        if (values is null)
        {
            return [];
        }

        if (values.Count > MaxListLength)
        {
            errors.Add(field, $"'{field}' may hold at most {MaxListLength} entries.");
            return [];
        }

        if (values.Any(value => !PlatformText.HasVisibleCharacter(value)))
        {
            errors.Add(field, $"'{field}' must not contain empty entries.");
        }

        var entries = new List<string>();
        for (var index = 0; index < values.Count; index++)
        {
            if (PlatformText.HasVisibleCharacter(values[index])
                && errors.SingleLine($"{field}[{index}]", values[index], maxLength) is { } entry)
            {
                entries.Add(normalize(entry));
            }
        }

        return entries.Distinct(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"^([1-9]|1[0-7])\.([1-9][0-9]?|[a-d])$")]
    private static partial Regex SdgTargetPattern();
}

public sealed record ValidatedActivity(
    string Title,
    string Description,
    ActivityType Type,
    ActivityStatus Status,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Mandates,
    IReadOnlyList<string> SdgTargets,
    IReadOnlyList<string> Outputs,
    bool ResourceDependent);
