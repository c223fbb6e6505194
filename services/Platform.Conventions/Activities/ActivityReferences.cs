namespace Platform.Conventions.Activities;

/// <summary>
/// Checks what a request refers to: partner ids against the local replica of the partner
/// directory (a retired partner is refused), mandate references against this convention's
/// imported decisions. Each unknown one is named.
/// </summary>
public static class ActivityReferences
{
    public static async Task CheckAsync(
        ConventionDbContext db, IReadOnlyList<string> partners, IReadOnlyList<string> mandates,
        ValidationErrors errors, CancellationToken cancellationToken, string mandatesField = "mandates")
    {
        if (partners.Count > 0)
        {
            var known = await db.Partners.AsNoTracking()
                .Where(partner => partners.Contains(partner.Id))
                .Select(partner => new { partner.Id, partner.Retired })
                .ToListAsync(cancellationToken);
            foreach (var id in partners)
            {
                var partner = known.FirstOrDefault(p => p.Id == id);
                if (partner is null)
                {
                    errors.Add("partners", $"'{id}' is not in the partner directory.");
                }
                else if (partner.Retired)
                {
                    errors.Add("partners", $"'{id}' has been retired from the partner directory.");
                }
            }
        }

        if (mandates.Count > 0)
        {
            var known = await db.Mandates.AsNoTracking()
                .Where(mandate => mandates.Contains(mandate.Reference))
                .Select(mandate => mandate.Reference)
                .ToListAsync(cancellationToken);
            foreach (var reference in mandates.Except(known, StringComparer.Ordinal))
            {
                errors.Add(mandatesField, $"'{reference}' is not a mandate of this convention's imported decisions.");
            }
        }
    }
}
