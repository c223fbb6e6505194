namespace Reporting.ReadModel.Partners;

/// <summary>Applies a coalition snapshot when it is newer than what is held.</summary>
public static class CoalitionRecords
{
    /// <summary>True when the snapshot changed the read model. The caller saves.</summary>
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, CoalitionSnapshot coalition, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var held = await db.Coalitions.FindAsync([coalition.Id], cancellationToken);
        return db.Coalitions.ApplyIfNewer(held, held?.Version, coalition.Version,
            () => new CoalitionRecord { CoalitionId = coalition.Id, Name = coalition.Name },
            record =>
            {
                record.Version = coalition.Version;
                record.Name = coalition.Name;
                record.Members = [.. coalition.Members];
                record.Established = coalition.Established;
                record.EstablishedOn = coalition.EstablishedOn;
                record.Mandates = [.. coalition.Mandates];
                record.SourceMessageId = sourceMessageId;
            });
    }
}
