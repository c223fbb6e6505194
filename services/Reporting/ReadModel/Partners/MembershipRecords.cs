namespace Reporting.ReadModel.Partners;

/// <summary>Applies a membership snapshot when it is newer than what is held.</summary>
public static class MembershipRecords
{
    /// <summary>True when the snapshot changed the read model. The caller saves.</summary>
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, MembershipSnapshot membership, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var held = await db.Memberships.FindAsync([membership.Id], cancellationToken);
        return db.Memberships.ApplyIfNewer(held, held?.Version, membership.Version,
            () => new MembershipRecord { MembershipId = membership.Id, PartnerId = membership.PartnerId, Status = membership.Status },
            record =>
            {
                record.Version = membership.Version;
                record.PartnerId = membership.PartnerId;
                record.Status = membership.Status;
                record.StartedOn = membership.StartedOn;
                record.EndedOn = membership.EndedOn;
                record.Mandates = [.. membership.Mandates];
                record.SourceMessageId = sourceMessageId;
            });
    }
}
