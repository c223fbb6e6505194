namespace Platform.Contracts.Partners;

/// <summary>What was made available to a partner, when, and what it covered, at one version.</summary>
public sealed record TransmissionSnapshot
{
    public required Guid Id { get; init; }

    public required int Version { get; init; }

    /// <summary>The receiving partner's directory id, <c>unep</c> for BC-14/21 6(a).</summary>
    public required string RecipientId { get; init; }

    public required DateOnly TransmittedOn { get; init; }

    public required string Title { get; init; }

    /// <summary>What was made available.</summary>
    public string Description { get; init; } = "";

    /// <summary>The period the information covers.</summary>
    public DateOnly? CoversFrom { get; init; }

    public DateOnly? CoversTo { get; init; }

    public IReadOnlyList<string> Conventions { get; init; } = [];

    /// <summary>SDG targets the information serves (<c>12.4</c>).</summary>
    public IReadOnlyList<string> SdgTargets { get; init; } = [];

    /// <summary>Document symbols or links that were made available.</summary>
    public IReadOnlyList<string> Documents { get; init; } = [];

    public IReadOnlyList<string> Mandates { get; init; } = [];

    public required DateTimeOffset RecordedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
