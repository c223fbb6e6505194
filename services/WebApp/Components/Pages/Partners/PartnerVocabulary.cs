using System.Globalization;

namespace WebApp.Components.Pages.Partners;

/// <summary>The partner-liaison API's fixed words (kebab-case on the wire) as the pages say them.</summary>
public static class PartnerVocabulary
{
    public static IReadOnlyList<(string Value, string Text)> Kinds { get; } =
    [
        ("un-entity", "UN entity"), ("programme", "Programme"), ("convention-secretariat", "Convention secretariat"),
        ("coalition", "Coalition"), ("regional-centre", "Regional centre"), ("other", "Other"),
    ];

    public static IReadOnlyList<(string Value, string Text)> EngagementKinds { get; } =
        [("meeting", "Meeting"), ("communication", "Communication"), ("agreement", "Agreement"), ("joint-work", "Joint work")];

    /// <summary>How the Secretariat took part in a meeting.</summary>
    public static IReadOnlyList<(string Value, string Text)> Participations { get; } =
        [("observer", "As observer"), ("member", "As member"), ("participant", "As participant")];

    public static IReadOnlyList<(string Value, string Text)> Conventions { get; } =
        [("basel", "Basel"), ("rotterdam", "Rotterdam"), ("stockholm", "Stockholm")];

    public static string Kind(string kind) => Describe(Kinds, kind);

    public static string EngagementKind(string kind) => Describe(EngagementKinds, kind);

    public static string Participation(string participation) => Describe(Participations, participation);

    public static string Convention(string convention) => Describe(Conventions, convention);

    /// <summary>A membership's status (<c>observer</c>, <c>invited</c>, <c>applied</c>, <c>member</c>, <c>ended</c>).</summary>
    public static string MembershipStatus(string status) => status switch
    {
        "observer" => "Observer",
        "invited" => "Invited",
        "applied" => "Applied",
        "member" => "Member",
        "ended" => "Ended",
        _ => status,
    };

    /// <summary>An activity's status or type from the convention services (<c>capacity-building</c>): its words, capitalised.</summary>
    public static string Words(string kebab) =>
        kebab.Length == 0 ? kebab : char.ToUpperInvariant(kebab[0]) + kebab[1..].Replace('-', ' ');

    public static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Period(DateOnly start, DateOnly? end) =>
        end is { } last && last != start ? $"{Day(start)} – {Day(last)}" : Day(start);

    private static string Describe(IReadOnlyList<(string Value, string Text)> words, string value) =>
        words.FirstOrDefault(word => word.Value == value).Text ?? value;
}
