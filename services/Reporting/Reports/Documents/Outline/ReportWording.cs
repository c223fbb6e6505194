namespace Reporting.Reports.Documents.Outline;

/// <summary>How report values read in a document, the same in every format.</summary>
internal static class ReportWording
{
    public const string NoActivity = "No activity";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Period(DateOnly from, DateOnly to) => $"{LongDate(from)} to {LongDate(to)}";

    public static string Dates(DateOnly start, DateOnly? end) =>
        end is { } last ? $"{Date(start)} to {Date(last)}" : $"from {Date(start)}";

    public static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    public static string Source(ReportSource source) =>
        $"{source.Service}, id {source.Id}, version {source.Version.ToString(CultureInfo.InvariantCulture)}, "
        + (source.MessageId is { } message ? $"message {message}" : "message not recorded");

    /// <summary>An activity as one line of a list: title, conventions and where it came from.</summary>
    public static string ActivityLine(ReportActivity activity) =>
        $"{activity.Title} ({List(activity.Conventions)}) — source: {Source(activity.Source)}";

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
