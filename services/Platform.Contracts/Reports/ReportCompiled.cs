namespace Platform.Contracts.Reports;

/// <summary>A consolidated report run finished: <c>completed</c>, or <c>partial</c> naming the sources that did not answer.</summary>
public sealed record ReportCompiled : IItemEvent
{
    string IItemEvent.ItemKey => $"report-run:{RunId}";

    public required Guid RunId { get; init; }

    public required string Kind { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>The joint document symbol, parts joined by en dashes.</summary>
    public required string Symbol { get; init; }

    /// <summary><c>completed</c> or <c>partial</c>.</summary>
    public required string Status { get; init; }

    public IReadOnlyList<string> MissingSources { get; init; } = [];

    public required DateTimeOffset CompiledAt { get; init; }
}
