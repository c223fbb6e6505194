namespace PartnerLiaison.Organisations;

/// <summary>The body of <c>POST /api/partners/organisations</c>: a new entry with the id the team chooses.</summary>
public sealed record RegisterOrganisationRequest(string? Id, string? Name, string? Acronym, string? Kind, string? ParentId)
{
    public OrganisationDetails? Validate(ValidationErrors errors)
    {
        PartnerId.Check(errors, "id", Id);
        var details = OrganisationDetails.Validate(errors, Name, Acronym, Kind, ParentId);
        return errors.IsEmpty ? details : null;
    }
}

/// <summary>The body of a <c>PUT</c>: every field as it should be, and the version it replaces.</summary>
public sealed record EditOrganisationRequest(string? Name, string? Acronym, string? Kind, string? ParentId, int? Version)
{
    public OrganisationDetails? Validate(ValidationErrors errors) =>
        OrganisationDetails.Validate(errors, Name, Acronym, Kind, ParentId);
}

/// <summary>
/// The body of a <c>PATCH</c>: only the fields sent change. An empty <c>acronym</c> or
/// <c>parentId</c> clears it.
/// </summary>
public sealed record OrganisationPatch(string? Name, string? Acronym, string? Kind, string? ParentId, int? Version)
{
    public OrganisationDetails? Validate(ValidationErrors errors, Organisation current) => OrganisationDetails.Validate(
        errors,
        Name ?? current.Name,
        Acronym ?? current.Acronym,
        Kind ?? current.Kind,
        ParentId ?? current.ParentId);
}

/// <summary>What describes an organisation, validated and normalised.</summary>
public sealed record OrganisationDetails(string Name, string? Acronym, string Kind, string? ParentId)
{
    public const int NameMaxLength = 300;
    public const int AcronymMaxLength = 40;

    public static OrganisationDetails? Validate(
        ValidationErrors errors, string? name, string? acronym, string? kind, string? parentId)
    {
        var validName = errors.SingleLine("name", name, NameMaxLength, required: true);
        var validAcronym = errors.SingleLine("acronym", acronym, AcronymMaxLength);
        var validKind = RequestFields.Choice(errors, "kind", kind, OrganisationKinds.All);
        var parent = string.IsNullOrWhiteSpace(parentId) ? null : parentId.Trim();
        if (parent is not null)
        {
            PartnerId.Check(errors, "parentId", parent);
        }

        return errors.IsEmpty
            ? new OrganisationDetails(validName!, validAcronym, validKind!, parent)
            : null;
    }

    public bool Matches(Organisation organisation) =>
        Name == organisation.Name && Acronym == organisation.Acronym &&
        Kind == organisation.Kind && ParentId == organisation.ParentId;
}
