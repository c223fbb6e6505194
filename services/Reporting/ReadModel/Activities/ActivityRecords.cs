using Platform.Contracts.Activities;

namespace Reporting.ReadModel.Activities;

/// <summary>Applies an activity snapshot, from an event or fetched from its source, when it is newer than what is held.</summary>
public static class ActivityRecords
{
    /// <summary>
    /// True when the snapshot changed the read model. Either way the snapshot is written down as an
    /// <see cref="ActivityIntake"/> taken in at <paramref name="takenAt"/>. The caller saves.
    /// </summary>
    public static async Task<bool> ApplyAsync(
        ReportingDbContext db, ActivitySnapshot activity, Guid sourceMessageId, DateTime takenAt, CancellationToken cancellationToken)
    {
        var held = await db.Activities.FindAsync([activity.Id], cancellationToken);
        var changed = db.Activities.ApplyIfNewer(held, held?.Version, activity.Version,
            () => new ActivityRecord
            {
                ActivityId = activity.Id,
                Convention = activity.Convention,
                Title = activity.Title,
                Type = activity.Type,
                Status = activity.Status,
            },
            record =>
            {
                var accepted = activity.Participants.Where(p => p.Status == "accepted").ToList();
                record.Convention = activity.Convention;
                record.Version = activity.Version;
                record.Title = activity.Title;
                record.Description = activity.Description;
                record.Type = activity.Type;
                record.Status = activity.Status;
                record.Start = activity.Start;
                record.End = activity.End;
                record.Partners = [.. activity.Partners];
                record.Mandates = [.. activity.Mandates];
                record.ParticipantMandates = [.. accepted.SelectMany(p => p.Mandates)];
                record.SdgTargets = [.. activity.SdgTargets];
                record.Outputs = [.. activity.Outputs];
                record.ResourceDependent = activity.ResourceDependent;
                record.Conventions = [activity.Convention, .. accepted.Select(p => p.Convention)];
                record.Withdrawn = activity.Withdrawn;
                record.RecordedAt = activity.RecordedAt.UtcDateTime;
                record.SourceMessageId = sourceMessageId;
            });
        db.ActivityIntakes.Add(new ActivityIntake
        {
            ActivityId = activity.Id,
            SnapshotVersion = activity.Version,
            MessageId = sourceMessageId,
            Changed = changed,
            TakenAt = takenAt,
        });
        return changed;
    }
}
