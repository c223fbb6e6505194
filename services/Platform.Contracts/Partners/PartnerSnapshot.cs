namespace Platform.Contracts.Partners;

/// <summary>One organisation of the partner directory at one version.</summary>
public sealed record PartnerSnapshot
{
    /// <summary>Stable id chosen by the liaison team: <c>unep</c>, <c>undesa-statistics</c>, <c>iomc</c>.</summary>
    public required string Id { get; init; }

    public required int Version { get; init; }

    public required string Name { get; init; }

    public string? Acronym { get; init; }

    /// <summary><c>un-entity</c>, <c>programme</c>, <c>convention-secretariat</c>, <c>coalition</c>, <c>regional-centre</c> or <c>other</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The umbrella body, for instance <c>iomc</c> for its participating organisations.</summary>
    public string? ParentId { get; init; }

    /// <summary>A retired partner stays in the history but is refused in new activities.</summary>
    public bool Retired { get; init; }
}
