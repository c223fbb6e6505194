using Reporting.Reports.Documents;

namespace Reporting.Reports.Reviews;

/// <summary>
/// <c>GET /api/reports/{id}/sections</c>: the report's editable sections in document order, and
/// where its review stands (the text changes only in a draft).
/// </summary>
public sealed record ReportSectionsDto(Guid RunId, string? Review, IReadOnlyList<ReportSectionDto> Items);

/// <summary>
/// One section: the text the platform generated and, when the compiler changed it, the text
/// every document carries instead, who wrote it and when, and the version to name in
/// <c>If-Match</c> when changing it (1 until it is first edited in this run).
/// </summary>
public sealed record ReportSectionDto(
    string Id,
    string Title,
    string GeneratedText,
    string? EditedText,
    string? EditedBy,
    DateTime? EditedAt,
    // The issued run the edited text was carried over from, until it is edited in this run.
    Guid? CarriedFrom,
    int Version)
{
    public const int FirstVersion = 1;

    public static ReportSectionDto Of(DocumentSection section, ReportSectionEdit? edit) => new(
        section.Id, section.Title, section.Text, edit?.Text, edit?.EditedBy,
        edit is null ? null : DateTime.SpecifyKind(edit.EditedAt, DateTimeKind.Utc), edit?.CarriedFrom, edit?.Version ?? FirstVersion);
}

/// <summary><c>PUT /api/reports/{id}/sections/{section}</c>: <c>{"text": "..."}</c>, with the version edited in <c>If-Match</c> or <c>version</c>.</summary>
public sealed record SectionEditRequest(string? Text, int? Version);
