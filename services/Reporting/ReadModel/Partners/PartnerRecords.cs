namespace Reporting.ReadModel.Partners;

/// <summary>Applies a partner snapshot when it is newer than what is held.</summary>
public static class PartnerRecords
{
    /// <summary>True when the snapshot changed the read model. The caller saves.</summary>
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, PartnerSnapshot partner, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var held = await db.Partners.FindAsync([partner.Id], cancellationToken);
        return db.Partners.ApplyIfNewer(held, held?.Version, partner.Version,
            () => new PartnerRecord { PartnerId = partner.Id, Name = partner.Name, Kind = partner.Kind },
            record =>
            {
                record.Version = partner.Version;
                record.Name = partner.Name;
                record.Acronym = partner.Acronym;
                record.Kind = partner.Kind;
                record.ParentId = partner.ParentId;
                record.Retired = partner.Retired;
                record.SourceMessageId = sourceMessageId;
            });
    }
}
