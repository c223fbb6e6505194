namespace Platform.Contracts.Partners;

/// <summary>A named group of organisations (the e-waste coalition) at one version.</summary>
public sealed record CoalitionSnapshot
{
    /// <summary>The coalition's own entry in the partner directory (kind <c>coalition</c>).</summary>
    public required string Id { get; init; }

    public required int Version { get; init; }

    public required string Name { get; init; }

    /// <summary>Partner directory ids of the members.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    public bool Established { get; init; }

    public DateOnly? EstablishedOn { get; init; }

    public IReadOnlyList<string> Mandates { get; init; } = [];

    public string Description { get; init; } = "";

    public required DateTimeOffset UpdatedAt { get; init; }
}
