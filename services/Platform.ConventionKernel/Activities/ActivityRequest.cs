using System.Globalization;
using Platform.ServiceDefaults.Validation;

namespace Platform.ConventionKernel.Activities;

/// <summary>
/// The body of a create or update. Dates and enum values arrive as text so that a bad one is
/// reported against its field name rather than as an unreadable body.
/// </summary>
public sealed record ActivityRequest(
    string? Title,
    string? Description,
    string? Type,
    string? Status,
    string? Start,
    string? End)
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 8000;

    public ValidatedActivity? Validate(ValidationErrors errors)
    {
        errors.Required("title", Title);
        errors.MaxLength("title", Title, TitleMaxLength);
        errors.MaxLength("description", Description, DescriptionMaxLength);

        ActivityType type = default;
        if (string.IsNullOrWhiteSpace(Type))
        {
            errors.Add("type", $"'type' is required: one of {KebabNames.Allowed<ActivityType>()}.");
        }
        else if (!KebabNames.TryParse(Type, out type))
        {
            errors.Add("type", $"'{Type}' is not an activity type: use one of {KebabNames.Allowed<ActivityType>()}.");
        }

        ActivityStatus status = default;
        if (string.IsNullOrWhiteSpace(Status))
        {
            errors.Add("status", $"'status' is required: one of {KebabNames.Allowed<ActivityStatus>()}.");
        }
        else if (!KebabNames.TryParse(Status, out status))
        {
            errors.Add("status", $"'{Status}' is not an activity status: use one of {KebabNames.Allowed<ActivityStatus>()}.");
        }

        var start = ParseDate(errors, "start", Start, required: true);
        var end = ParseDate(errors, "end", End, required: false);
        if (start is not null && end is not null && end < start)
        {
            errors.Add("end", "'end' must not be before 'start'.");
        }

        return errors.IsEmpty
            ? new ValidatedActivity(Title!.Trim(), Description?.Trim() ?? "", type, status, start!.Value, end)
            : null;
    }

    private static DateOnly? ParseDate(ValidationErrors errors, string field, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add(field, $"'{field}' is required as an ISO date (yyyy-MM-dd).");
            }

            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, $"'{text}' is not an ISO date (yyyy-MM-dd).");
        return null;
    }
}

public sealed record ValidatedActivity(
    string Title, string Description, ActivityType Type, ActivityStatus Status, DateOnly Start, DateOnly? End);
