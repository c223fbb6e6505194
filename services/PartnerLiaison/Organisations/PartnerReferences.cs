namespace PartnerLiaison.Organisations;

/// <summary>Checks partner ids that other records of this service point to.</summary>
public static class PartnerReferences
{
    /// <summary>
    /// Every id must be in the directory. A retired partner is refused unless the record
    /// already pointed to it (<paramref name="alreadyReferenced"/>): history stays editable.
    /// </summary>
    public static async Task CheckAsync(
        PartnerLiaisonDbContext db,
        ValidationErrors errors,
        string field,
        IReadOnlyCollection<string> ids,
        CancellationToken cancellationToken,
        IReadOnlyCollection<string>? alreadyReferenced = null)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var wanted = ids.ToList();
        var known = await db.Organisations.AsNoTracking()
            .Where(o => wanted.Contains(o.Id))
            .Select(o => new { o.Id, o.Retired })
            .ToListAsync(cancellationToken);

        var unknown = wanted.Where(id => known.All(k => k.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(field, $"Not in the partner directory: {string.Join(", ", unknown)}.");
        }

        var retired = known
            .Where(k => k.Retired && !(alreadyReferenced?.Contains(k.Id) ?? false))
            .Select(k => k.Id)
            .ToList();
        if (retired.Count > 0)
        {
            errors.Add(field, $"Retired from the partner directory, so not accepted in new records: {string.Join(", ", retired)}.");
        }
    }
}
