using System.Globalization;

namespace PartnerLiaison.Engagements;

/// <summary>
/// The body of a create (<c>POST</c>) or an edit (<c>PUT</c>, with the version it replaces).
/// Dates, kinds and activity ids arrive as text so that a bad one is named by its field.
/// </summary>
public sealed record EngagementRequest(
    string? Kind,
    string? Title,
    string? Description,
    string? Participation,
    string? Start,
    string? End,
    IReadOnlyList<string?>? Partners,
    IReadOnlyList<string?>? Conventions,
    IReadOnlyList<string?>? Activities,
    IReadOnlyList<string?>? Mandates,
    int? Version)
{
    public EngagementDetails? Validate(ValidationErrors errors)
    {
        var kind = RequestFields.Choice(errors, "kind", Kind, EngagementKinds.All);
        var title = errors.SingleLine("title", Title, EngagementDetails.TitleMaxLength, required: true);
        var description = errors.MultiLine("description", Description, EngagementDetails.DescriptionMaxLength);

        string? participation = null;
        if (kind == EngagementKinds.Meeting)
        {
            participation = RequestFields.Choice(errors, "participation", Participation, EngagementKinds.Participations);
        }
        else if (!string.IsNullOrWhiteSpace(Participation))
        {
            errors.Add("participation", "'participation' applies to meetings only.");
        }

        var start = errors.IsoDate("start", Start, required: true);
        var end = errors.IsoDate("end", End, required: false);
        if (start is not null && end < start)
        {
            errors.Add("end", "'end' must not be before 'start'.");
        }

        var partners = RequestFields.Texts(errors, "partners", Partners, PartnerId.MaxLength);
        if (Partners is null || Partners.Count == 0)
        {
            errors.Add("partners", "'partners' names at least one partner id.");
        }

        var activities = new List<Guid>();
        foreach (var text in RequestFields.Texts(errors, "activities", Activities))
        {
            if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var id))
            {
                activities.Add(id);
            }
            else
            {
                errors.Add("activities", $"'{text}' is not an activity id.");
            }
        }

        var conventions = RequestFields.Conventions(errors, "conventions", Conventions);
        var mandates = RequestFields.Texts(errors, "mandates", Mandates);
        return errors.IsEmpty
            ? new EngagementDetails(kind!, title!, description ?? "", participation, start!.Value, end,
                partners, conventions, activities.Distinct().ToList(), mandates)
            : null;
    }
}

public sealed record EngagementDetails(
    string Kind,
    string Title,
    string Description,
    string? Participation,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Conventions,
    IReadOnlyList<Guid> Activities,
    IReadOnlyList<string> Mandates)
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 8000;
}

public static class EngagementKinds
{
    public const string Meeting = "meeting";

    public static IReadOnlyList<string> All { get; } = [Meeting, "communication", "agreement", "joint-work"];

    /// <summary>How the Secretariat took part in a meeting.</summary>
    public static IReadOnlyList<string> Participations { get; } = ["observer", "member", "participant"];
}
