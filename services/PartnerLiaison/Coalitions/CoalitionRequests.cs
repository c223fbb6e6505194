namespace PartnerLiaison.Coalitions;

/// <summary>
/// The body of <c>POST /api/partners/coalitions</c>. <c>id</c> names the coalition's entry in the
/// partner directory, registered first with kind <c>coalition</c>.
/// </summary>
public sealed record RecordCoalitionRequest(
    string? Id, IReadOnlyList<string?>? Members, bool? Established, string? EstablishedOn,
    IReadOnlyList<string?>? Mandates, string? Description)
{
    public CoalitionDetails? Validate(ValidationErrors errors)
    {
        PartnerId.Check(errors, "id", Id);
        var details = CoalitionDetails.Validate(errors, Members, Established, EstablishedOn, Mandates, Description);
        return errors.IsEmpty ? details : null;
    }
}

/// <summary>The body of <c>PUT /api/partners/coalitions/{id}</c>: the whole coalition and the version it replaces.</summary>
public sealed record EditCoalitionRequest(
    IReadOnlyList<string?>? Members, bool? Established, string? EstablishedOn,
    IReadOnlyList<string?>? Mandates, string? Description, int? Version)
{
    public CoalitionDetails? Validate(ValidationErrors errors) =>
        CoalitionDetails.Validate(errors, Members, Established, EstablishedOn, Mandates, Description);
}

public sealed record CoalitionDetails(
    IReadOnlyList<string> Members, bool Established, DateOnly? EstablishedOn, IReadOnlyList<string> Mandates, string Description)
{
    public const int DescriptionMaxLength = 4000;

    public static CoalitionDetails? Validate(
        ValidationErrors errors, IReadOnlyList<string?>? members, bool? established, string? establishedOn,
        IReadOnlyList<string?>? mandates, string? description)
    {
        var memberIds = RequestFields.Texts(errors, "members", members, PartnerId.MaxLength);
        foreach (var invalid in memberIds.Where(id => !PartnerId.IsValid(id)))
        {
            errors.Add("members", $"'{invalid}' is not a partner id.");
        }

        var date = errors.IsoDate("establishedOn", establishedOn, required: false);
        if (date is not null && established == false)
        {
            errors.Add("establishedOn", "'establishedOn' is only given for an established coalition ('established': true).");
        }

        var cited = RequestFields.Texts(errors, "mandates", mandates);
        var text = errors.MultiLine("description", description, DescriptionMaxLength);
        return errors.IsEmpty
            ? new CoalitionDetails(memberIds, established ?? date is not null, date, cited, text ?? "")
            : null;
    }
}
