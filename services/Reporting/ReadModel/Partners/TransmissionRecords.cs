namespace Reporting.ReadModel.Partners;

/// <summary>Applies a transmission snapshot when it is newer than what is held.</summary>
public static class TransmissionRecords
{
    /// <summary>True when the snapshot changed the read model. The caller saves.</summary>
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, TransmissionSnapshot transmission, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var held = await db.Transmissions.FindAsync([transmission.Id], cancellationToken);
        return db.Transmissions.ApplyIfNewer(held, held?.Version, transmission.Version,
            () => new TransmissionRecord { TransmissionId = transmission.Id, RecipientId = transmission.RecipientId, Title = transmission.Title },
            record =>
            {
                record.Version = transmission.Version;
                record.RecipientId = transmission.RecipientId;
                record.TransmittedOn = transmission.TransmittedOn;
                record.Title = transmission.Title;
                record.CoversFrom = transmission.CoversFrom;
                record.CoversTo = transmission.CoversTo;
                record.Conventions = [.. transmission.Conventions];
                record.SdgTargets = [.. transmission.SdgTargets];
                record.Documents = [.. transmission.Documents];
                record.Mandates = [.. transmission.Mandates];
                record.SourceMessageId = sourceMessageId;
            });
    }
}
