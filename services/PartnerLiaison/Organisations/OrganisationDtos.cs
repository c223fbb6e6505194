namespace PartnerLiaison.Organisations;

/// <summary>An organisation as lists show it.</summary>
public sealed record OrganisationDto(
    string Id,
    int Version,
    string Name,
    string? Acronym,
    string Kind,
    string? ParentId,
    bool Retired,
    DateTime RegisteredAt,
    DateTime UpdatedAt,
    DateTime? RetiredAt)
{
    public static OrganisationDto From(Organisation organisation) => new(
        organisation.Id,
        organisation.Version,
        organisation.Name,
        organisation.Acronym,
        organisation.Kind,
        organisation.ParentId,
        organisation.Retired,
        Utc(organisation.RegisteredAt),
        Utc(organisation.UpdatedAt),
        organisation.RetiredAt is { } retiredAt ? Utc(retiredAt) : null);

    internal static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <summary>A reference to another directory entry, with what a reader needs to recognise it.</summary>
public sealed record OrganisationReference(string Id, string Name, string? Acronym, string Kind, bool Retired)
{
    public static OrganisationReference From(Organisation organisation) =>
        new(organisation.Id, organisation.Name, organisation.Acronym, organisation.Kind, organisation.Retired);
}

/// <summary>
/// One organisation with its surroundings: its umbrella, the organisations that participate
/// under it (IOMC's participating organisations) and the coalitions it belongs to.
/// </summary>
public sealed record OrganisationDetailsDto(
    string Id,
    int Version,
    string Name,
    string? Acronym,
    string Kind,
    string? ParentId,
    OrganisationReference? Parent,
    bool Retired,
    DateTime RegisteredAt,
    DateTime UpdatedAt,
    DateTime? RetiredAt,
    IReadOnlyList<OrganisationReference> ParticipatingOrganisations,
    IReadOnlyList<string> Coalitions);

public sealed record OrganisationRevisionDto(
    int Version, string Name, string? Acronym, string Kind, string? ParentId, bool Retired, DateTime ChangedAt, string ChangedBy)
{
    public static OrganisationRevisionDto From(OrganisationRevision revision) => new(
        revision.Version, revision.Name, revision.Acronym, revision.Kind, revision.ParentId, revision.Retired,
        OrganisationDto.Utc(revision.ChangedAt), revision.ChangedBy);
}
