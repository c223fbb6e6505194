namespace Reporting.ReadModel.Partners;

/// <summary>Applies an engagement snapshot, a withdrawal included, when it is newer than what is held.</summary>
public static class EngagementRecords
{
    /// <summary>True when the snapshot changed the read model. The caller saves.</summary>
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, EngagementSnapshot engagement, Guid sourceMessageId, CancellationToken cancellationToken)
    {
        var held = await db.Engagements.FindAsync([engagement.Id], cancellationToken);
        return db.Engagements.ApplyIfNewer(held, held?.Version, engagement.Version,
            () => new EngagementRecord { EngagementId = engagement.Id, Kind = engagement.Kind, Title = engagement.Title },
            record =>
            {
                record.Version = engagement.Version;
                record.Kind = engagement.Kind;
                record.Title = engagement.Title;
                record.Participation = engagement.Participation;
                record.Start = engagement.Start;
                record.End = engagement.End;
                record.Partners = [.. engagement.Partners];
                record.Conventions = [.. engagement.Conventions];
                record.Activities = [.. engagement.Activities];
                record.Mandates = [.. engagement.Mandates];
                record.Withdrawn = engagement.Withdrawn;
                record.SourceMessageId = sourceMessageId;
            });
    }
}
