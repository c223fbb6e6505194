namespace Platform.Contracts.Decisions;

/// <summary>A convention service imported a COP decision and the mandates it gives the Secretariat.</summary>
public sealed record DecisionImported : IItemEvent
{
    string IItemEvent.ItemKey => $"decision:{Symbol}";

    public required string Convention { get; init; }

    /// <summary><c>BC-14/21</c>, <c>RC-9/4</c>, <c>SC-9/15</c>, ...</summary>
    public required string Symbol { get; init; }

    public string? Title { get; init; }

    public string? Meeting { get; init; }

    /// <summary>SHA-256 of the decision's text: identical texts adopted by the three COPs share it.</summary>
    public required string TextHash { get; init; }

    public IReadOnlyList<MandateSnapshot> Mandates { get; init; } = [];

    public required DateTimeOffset ImportedAt { get; init; }
}
