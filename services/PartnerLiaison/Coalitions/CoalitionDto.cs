namespace PartnerLiaison.Coalitions;

public sealed record CoalitionDto(
    string Id,
    int Version,
    string Name,
    string? Acronym,
    bool Retired,
    IReadOnlyList<OrganisationReference> Members,
    bool Established,
    DateOnly? EstablishedOn,
    IReadOnlyList<string> Mandates,
    string Description,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>Coalitions with their directory entries and their members' names, read in one query.</summary>
    public static async Task<List<CoalitionDto>> FromAsync(
        PartnerLiaisonDbContext db, IReadOnlyList<Coalition> coalitions, CancellationToken cancellationToken)
    {
        var ids = coalitions.SelectMany(c => c.Members.Append(c.Id)).Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, cancellationToken);

        return coalitions.Select(coalition =>
        {
            var entry = organisations[coalition.Id];
            return new CoalitionDto(
                coalition.Id,
                coalition.Version,
                entry.Name,
                entry.Acronym,
                entry.Retired,
                coalition.Members.Where(organisations.ContainsKey).Select(id => OrganisationReference.From(organisations[id])).ToList(),
                coalition.Established,
                coalition.EstablishedOn,
                coalition.Mandates,
                coalition.Description,
                DateTime.SpecifyKind(coalition.CreatedAt, DateTimeKind.Utc),
                DateTime.SpecifyKind(coalition.UpdatedAt, DateTimeKind.Utc));
        }).ToList();
    }
}
