namespace Platform.Contracts.Reports;

/// <summary>
/// A consolidated report was issued after the three conventions cleared it: its documents are
/// frozen, and <see cref="Documents"/> names each one with the SHA-256 of its bytes, so that a
/// copy can be checked against what was issued.
/// </summary>
public sealed record ReportIssued : IItemEvent
{
    string IItemEvent.ItemKey => $"report-run:{RunId}";

    public required Guid RunId { get; init; }

    public required string Kind { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>The document's three symbols as issued, one per COP (<c>UNEP/CHW.15/INF/36</c>, ...).</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>The report compiler who issued it (the token's subject).</summary>
    public required string IssuedBy { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>How many times the draft was submitted before the three clearances that let it go out.</summary>
    public required int ReviewRounds { get; init; }

    public IReadOnlyList<IssuedReportDocument> Documents { get; init; } = [];
}
