using Platform.Contracts.Partners;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Conventions.Partners;

/// <summary>Applies a partner snapshot to this service's replica of the directory when it is newer than what is held.</summary>
public static class KnownPartners
{
    /// <summary>True when the snapshot changed the replica. The caller saves.</summary>
    public static async Task<bool> ApplyAsync(ConventionDbContext db, PartnerSnapshot partner, CancellationToken cancellationToken)
    {
        var held = await db.Partners.FindAsync([partner.Id], cancellationToken);
        return db.Partners.ApplyIfNewer(held, held?.Version, partner.Version,
            () => new KnownPartner { Id = partner.Id, Name = partner.Name, Kind = partner.Kind },
            known =>
            {
                known.Version = partner.Version;
                known.Name = partner.Name;
                known.Acronym = partner.Acronym;
                known.Kind = partner.Kind;
                known.ParentId = partner.ParentId;
                known.Retired = partner.Retired;
            });
    }
}
