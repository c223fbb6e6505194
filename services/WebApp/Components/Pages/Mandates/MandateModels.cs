using WebApp.Components.Pages.Decisions;

namespace WebApp.Components.Pages.Mandates;

/// <summary>A mandate as <c>GET /api/{convention}/mandates</c> lists it, with the status its activities give it.</summary>
public sealed record MandateSummary(
    string Reference, string Decision, int Paragraph, string? Subparagraph, string Verb, string Kind, string Addressee,
    string Text, IReadOnlyList<string> Conditions, ReportBack? ReportBack, string Status, int ActivityCount, string? SupersededBy);

/// <summary>To whom and when a mandate asks the Secretariat to report back.</summary>
public sealed record ReportBack(string Body, string When)
{
    public string Describe() => When is { Length: > 0 } ? $"{Body}, {When}" : Body;
}

/// <summary>An activity as the mandates page shows it under its mandate, read from <c>GET /api/{convention}/activities?mandate=</c>.</summary>
public sealed record MandateActivity(Guid Id, string Title, string Status, DateOnly Start, DateOnly? End)
{
    public string Dates => End is { } end && end != Start
        ? $"{Start.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} – {end.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}"
        : Start.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The values the mandates API filters on.</summary>
public static class MandateFilters
{
    /// <summary>Where a mandate stands: no activity yet, some, all completed, replaced by a later decision.</summary>
    public static IReadOnlyList<string> Statuses { get; } = ["open", "addressed", "completed", "superseded"];

    /// <summary>What a mandate asks, as the decision parser names it from the verb of the request.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
    [
        "assist", "collect", "cooperate", "maintain", "make available", "mobilize resources", "organize", "participate",
        "prepare", "raise awareness", "report", "review", "take steps", "transmit", "other",
    ];
}

/// <summary>The addresses that tie a mandate's entry on the mandates page to its place in the decision.</summary>
public static class MandateLinks
{
    /// <summary>The mandates page shows this many to a page unless the address asks for another size.</summary>
    public const int PageSize = 20;

    /// <summary>The fragment id of a mandate, the same on both pages: <c>BC-14/21 6(b)</c> is <c>mandate-bc-14-21-6b</c>.</summary>
    public static string Anchor(string reference) => "mandate-" + DecisionLinks.Slug(reference);

    /// <summary>The entry of a mandate that stands at <paramref name="index"/> (from 0) among its decision's mandates.</summary>
    public static string Entry(Convention convention, string decision, string reference, int index) =>
        $"/{convention.Key}/mandates?decision={Uri.EscapeDataString(decision)}" + (index >= PageSize ? $"&page={index / PageSize + 1}" : "") + "#" + Anchor(reference);
}
