namespace PartnerLiaison.Organisations;

/// <summary>A directory entry as it stood at one version, and who made it so.</summary>
public sealed class OrganisationRevision
{
    public required string OrganisationId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public string? Acronym { get; set; }

    public required string Kind { get; set; }

    public string? ParentId { get; set; }

    public bool Retired { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ChangedAt { get; set; }

    /// <summary>The subject of the token that made the change; empty for the initial directory.</summary>
    public string ChangedBy { get; set; } = "";

    public static OrganisationRevision Of(Organisation organisation, string? author) => new()
    {
        OrganisationId = organisation.Id,
        Version = organisation.Version,
        Name = organisation.Name,
        Acronym = organisation.Acronym,
        Kind = organisation.Kind,
        ParentId = organisation.ParentId,
        Retired = organisation.Retired,
        ChangedAt = organisation.UpdatedAt,
        ChangedBy = author ?? "",
    };
}
