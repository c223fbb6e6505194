namespace PartnerLiaison.Organisations;

/// <summary>An entry of the partner directory. Retiring it keeps it, so older records still resolve.</summary>
public sealed class Organisation
{
    public required string Id { get; set; }

    /// <summary>Incremented on every change; events carry it so consumers can drop stale ones.</summary>
    public int Version { get; set; }

    public required string Name { get; set; }

    public string? Acronym { get; set; }

    public required string Kind { get; set; }

    /// <summary>The umbrella body, <c>iomc</c> for its participating organisations.</summary>
    public string? ParentId { get; set; }

    public bool Retired { get; set; }

    /// <summary>UTC.</summary>
    public DateTime RegisteredAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime? RetiredAt { get; set; }
}
