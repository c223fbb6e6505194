namespace Reporting.Reports.Documents;

/// <summary>
/// What one document shows: the compiled report, in one language, with the compiler's edits
/// and the INF numbers the conference services assigned. Every renderer draws from an edition,
/// so the edited text and the numbers read the same in every format.
/// </summary>
/// <param name="EditedSections">
/// Section id (<see cref="DocumentSection.Id"/>) to the compiler's text, which replaces the
/// generated text of that section. An id no section of the report has is ignored.
/// </param>
/// <param name="Numbers">The INF numbers; until all three are set the document is a draft.</param>
public sealed record ReportEdition(
    ConsolidatedReport Report,
    CultureInfo Language,
    IReadOnlyDictionary<string, string> EditedSections,
    DocumentNumbers? Numbers)
{
    /// <summary>The report as generated, in <paramref name="language"/>, with no edits.</summary>
    public static ReportEdition Generated(ConsolidatedReport report, CultureInfo language, DocumentNumbers? numbers = null) =>
        new(report, language, new Dictionary<string, string>(), numbers);

    /// <summary>A draft until the conference services have numbered the document for all three COPs.</summary>
    public bool IsDraft => Numbers is not { IsComplete: true };
}
