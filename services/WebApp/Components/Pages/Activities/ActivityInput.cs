using System.Globalization;

namespace WebApp.Components.Pages.Activities;

/// <summary>
/// The record and revise form's values, as the browser posts them. Partners and mandates are
/// ticked boxes, read from the posted form by name; SDG targets are one comma-separated line and
/// outputs one per line. Nothing is checked here: the API says what is wrong, field by field.
/// </summary>
public sealed class ActivityInput
{
    private IReadOnlyList<string> _partners = [];
    private IReadOnlyList<string> _mandates = [];

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Type { get; set; }

    public string? Status { get; set; } = "planned";

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    public string? SdgTargets { get; set; }

    public string? Outputs { get; set; }

    public bool ResourceDependent { get; set; }

    /// <summary>The version the form was opened on: a revision names it in <c>If-Match</c>.</summary>
    public int? Version { get; set; }

    /// <summary>Set only by the user's choice, after a conflict, to save their values over the version that stands now.</summary>
    public int? OverwriteVersion { get; set; }

    // Never null: the form binder may set what the posted form does not name (these come from the ticked boxes).
    public IReadOnlyList<string> Partners { get => _partners; set => _partners = value ?? []; }

    public IReadOnlyList<string> Mandates { get => _mandates; set => _mandates = value ?? []; }

    public static ActivityInput From(Activity activity) => new()
    {
        Title = activity.Title,
        Description = activity.Description,
        Type = activity.Type,
        Status = activity.Status,
        Start = activity.Start,
        End = activity.End,
        SdgTargets = string.Join(", ", activity.SdgTargets),
        Outputs = string.Join("\n", activity.Outputs),
        ResourceDependent = activity.ResourceDependent,
        Version = activity.Version,
        Partners = activity.Partners,
        Mandates = activity.Mandates,
    };

    /// <summary>The body of <c>POST</c> or <c>PUT /api/{convention}/activities</c>.</summary>
    public object Body() => new
    {
        title = Title,
        description = Description,
        type = Blank(Type),
        status = Blank(Status),
        start = Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        end = End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        partners = Partners,
        mandates = Mandates,
        sdgTargets = SdgTargetList,
        outputs = OutputList,
        resourceDependent = ResourceDependent,
    };

    public IReadOnlyList<string> SdgTargetList => Entries(SdgTargets, ',');

    public IReadOnlyList<string> OutputList => Entries(Outputs, '\n');

    // Splitting a list the user typed leaves out the gaps between separators (a trailing comma, a blank line); each entry goes as typed.
    private static List<string> Entries(string? text, char separator) =>
        (text ?? "").Split(separator).Select(entry => entry.Trim('\r')).Where(entry => !string.IsNullOrWhiteSpace(entry)).Select(entry => entry.Trim()).ToList();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
