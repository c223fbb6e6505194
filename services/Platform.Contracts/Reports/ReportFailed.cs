namespace Platform.Contracts.Reports;

/// <summary>A consolidated report run could not be compiled.</summary>
public sealed record ReportFailed : IItemEvent
{
    string IItemEvent.ItemKey => $"report-run:{RunId}";

    public required Guid RunId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset FailedAt { get; init; }
}
