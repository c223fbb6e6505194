namespace WebApp.Components.Pages.Reports;

/// <summary>A report run as <c>GET /api/reports/{id}</c> answers it.</summary>
public sealed record ReportRun(
    Guid Id,
    string Kind,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<string> Decisions,
    IReadOnlyDictionary<string, int> Meetings,
    string State,
    string? RequestedBy,
    DateTime RequestedAt,
    DateTime Deadline,
    DateTime? FinishedAt,
    string? Error,
    IReadOnlyList<string> MissingSources,
    IReadOnlyList<ReportRunSource> Sources,
    string? Document,
    DocumentNumbers? DocumentNumbers = null,
    IReadOnlyList<string>? Symbols = null,
    string? Review = null,
    int ReviewRound = 0,
    IReadOnlyList<string>? ClearedBy = null,
    DateTime? IssuedAt = null,
    string? IssuedBy = null)
{
    /// <summary>Collecting or compiling: the page keeps watching.</summary>
    public bool IsRunning => State is "collecting" or "compiling";

    /// <summary>Completed or partial: there is a document to read and download.</summary>
    public bool HasDocument => Document is not null;

    /// <summary>The conventions that cleared the current round of review.</summary>
    public IReadOnlyList<string> Clearances => ClearedBy ?? [];
}

/// <summary>The INF numbers the conference services assigned, one per COP; null until assigned.</summary>
public sealed record DocumentNumbers(int? Basel, int? Rotterdam, int? Stockholm)
{
    public bool IsComplete => Basel is not null && Rotterdam is not null && Stockholm is not null;
}

public sealed record ReportRunSource(string Name, string State, int Items, int Repaired, IReadOnlyList<RunRepair> Repairs, string? Problem);

public sealed record RunRepair(string Kind, string Id, int Version);

/// <summary><c>GET /api/reports/{id}/changes?since={earlier}</c>: the activities added, changed and removed since an earlier run.</summary>
public sealed record ReportChanges(
    Guid Run, Guid Since, IReadOnlyList<ActivityChange> Added, IReadOnlyList<ActivityChange> Changed, IReadOnlyList<ActivityChange> Removed);

public sealed record ActivityChange(Guid Id, string Title, string Convention, int? VersionBefore, int? VersionAfter);

/// <summary>The report's documents, as the reporting service renders them.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<(string Format, string Name)> All { get; } =
        [("docx", "Word"), ("pdf", "PDF"), ("html", "HTML"), ("md", "Markdown"), ("json", "JSON")];

    /// <summary>The languages the document's own text is written in, each named in itself.</summary>
    public static IReadOnlyList<(string Code, string Name)> Languages { get; } =
        [("en", "English"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية"), ("ru", "Русский"), ("zh", "中文")];

    public static bool IsKnown(string format) => All.Any(known => known.Format == format);

    public static bool IsKnownLanguage(string language) => Languages.Any(known => known.Code == language);

    /// <summary>
    /// The web application's own address of a run's document, which fetches it through the gateway.
    /// <paramref name="shows"/> (the symbols) makes the address change when the document's numbers
    /// do, so a frame showing it loads it anew.
    /// </summary>
    public static string Link(Guid run, string format, bool inline = false, IReadOnlyList<string>? shows = null) =>
        $"/reports/{run}/document/{format}" + (inline ? "?inline=true" : "")
        + (shows is { Count: > 0 } ? $"{(inline ? "&" : "?")}symbols={Uri.EscapeDataString(string.Join(",", shows))}" : "");
}

/// <summary>How a run's and a source's states read on the page.</summary>
public static class ReportStates
{
    public static string Describe(string state) => state switch
    {
        "collecting" => "Collecting contributions",
        "compiling" => "Compiling",
        "completed" => "Completed",
        "partial" => "Partial: some sources did not answer",
        "failed" => "Failed",
        "pending" => "Waiting for an answer",
        "answered" => "Answered",
        "missing" => "Did not answer in time",
        _ => state,
    };

    public static string SourceName(string source) => source switch
    {
        "basel" => "Basel",
        "rotterdam" => "Rotterdam",
        "stockholm" => "Stockholm",
        "partner-liaison" => "Partner liaison",
        _ => source,
    };
}

/// <summary><c>GET /api/reports/{id}/sections</c>: the report's sections in document order, each with its generated and edited text.</summary>
public sealed record ReportSections(Guid RunId, string? Review, IReadOnlyList<ReportSection> Items);

/// <summary>One section: the text the platform generated and, when the compiler changed it, the text the documents carry instead.</summary>
public sealed record ReportSection(
    string Id, string Title, string GeneratedText, string? EditedText, string? EditedBy, DateTime? EditedAt, Guid? CarriedFrom, int Version)
{
    public bool IsEdited => EditedText is not null;

    /// <summary>What the documents carry.</summary>
    public string Text => EditedText ?? GeneratedText;
}

/// <summary>A step of <c>GET /api/reports/{id}/history</c>.</summary>
public sealed record ReviewStep(
    string Action, string Who, string Role, DateTime At, string From, string To, int Round, string? Convention, string? Section,
    IReadOnlyList<ReviewComment> Comments);

public sealed record ReviewComment(string? Section, string Text);
