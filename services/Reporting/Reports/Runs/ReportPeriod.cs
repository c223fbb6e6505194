namespace Reporting.Reports.Runs;

/// <summary>A report's period, both ends included.</summary>
public readonly record struct ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Whether something that ran from <paramref name="start"/> to <paramref name="end"/> (one day when open-ended) touches the period.</summary>
    public bool Overlaps(DateOnly start, DateOnly? end) => start <= To && (end ?? start) >= From;

    /// <summary>A request received before the period's end that was still open at its start, or is open now.</summary>
    public bool Covers(DateOnly receivedOn, DateOnly? closedOn) => receivedOn <= To && (closedOn is null || closedOn >= From);
}
