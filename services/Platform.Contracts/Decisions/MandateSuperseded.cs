namespace Platform.Contracts.Decisions;

/// <summary>A later decision replaced a mandate: it no longer counts as open in coverage tables.</summary>
public sealed record MandateSuperseded : IItemEvent
{
    string IItemEvent.ItemKey => $"mandate:{Reference}";

    public required string Convention { get; init; }

    /// <summary><c>BC-14/21 6(b)</c>.</summary>
    public required string Reference { get; init; }

    /// <summary>The decision that replaced it, e.g. <c>BC-15/20</c>.</summary>
    public required string SupersededBy { get; init; }

    public required DateTimeOffset SupersededAt { get; init; }
}
