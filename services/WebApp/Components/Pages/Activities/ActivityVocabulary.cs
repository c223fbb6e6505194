using System.Globalization;

namespace WebApp.Components.Pages.Activities;

/// <summary>The API's kebab-case values for an activity's type and status, and how the pages name them.</summary>
public static class ActivityVocabulary
{
    public static IReadOnlyList<(string Value, string Text)> Types { get; } =
    [
        ("meeting", "Meeting"),
        ("capacity-building", "Capacity building"),
        ("technical-assistance", "Technical assistance"),
        ("information-exchange", "Information exchange"),
        ("methodology-development", "Methodology development"),
        ("joint-project", "Joint project"),
        ("coordination", "Coordination"),
    ];

    public static IReadOnlyList<(string Value, string Text)> Statuses { get; } =
    [
        ("planned", "Planned"),
        ("ongoing", "Ongoing"),
        ("completed", "Completed"),
        ("cancelled", "Cancelled"),
    ];

    public static string TypeName(string value) => NameOf(Types, value);

    public static string StatusName(string value) => NameOf(Statuses, value);

    /// <summary>"3 Mar 2020 – 5 Mar 2020", or the one day.</summary>
    public static string Dates(DateOnly start, DateOnly? end) =>
        end is { } last && last != start ? $"{Date(start)} – {Date(last)}" : Date(start);

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A convention's name from its key (<c>rotterdam</c> is Rotterdam).</summary>
    public static string ConventionName(string key) => Convention.Find(key)?.Name ?? key;

    /// <summary>Where an invited convention stands, in words.</summary>
    public static string ParticipantStatus(string status) => status switch
    {
        "proposed" => "Waiting for an answer",
        "accepted" => "Accepted",
        "declined" => "Declined",
        _ => status,
    };

    private static string NameOf(IReadOnlyList<(string Value, string Text)> names, string value) =>
        names.FirstOrDefault(name => name.Value == value).Text ?? value;
}
