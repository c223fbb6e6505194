using System.Globalization;

namespace WebApp.Components.Pages.Partners;

/// <summary>
/// What the liaison team types to record an engagement with an organisation, and the body of
/// <c>POST /api/partners/engagements</c>: the organisation first among the partners, the others
/// as typed.
/// </summary>
public sealed class EngagementForm
{
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Participation { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>Other partners' ids, separated by commas.</summary>
    public string? OtherPartners { get; set; }

    public bool Basel { get; set; }

    public bool Rotterdam { get; set; }

    public bool Stockholm { get; set; }

    /// <summary>Mandate references, separated by commas.</summary>
    public string? Mandates { get; set; }

    public static readonly string[] Fields = ["kind", "title", "description", "participation", "start", "end", "partners", "conventions", "mandates"];

    public object ToBody(string partner) => new
    {
        kind = Kind,
        title = Title,
        description = Description,
        participation = string.IsNullOrWhiteSpace(Participation) ? null : Participation,
        start = IsoDate(Start),
        end = IsoDate(End),
        partners = Split(OtherPartners).Prepend(partner).Distinct(StringComparer.Ordinal).ToList(),
        conventions = new[] { ("basel", Basel), ("rotterdam", Rotterdam), ("stockholm", Stockholm) }
            .Where(choice => choice.Item2).Select(choice => choice.Item1).ToList(),
        mandates = Split(Mandates),
    };

    private static List<string> Split(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
