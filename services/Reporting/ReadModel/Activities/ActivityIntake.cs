using Platform.ServiceDefaults.Messaging.Inbox;

namespace Reporting.ReadModel.Activities;

/// <summary>
/// One activity snapshot the read model took in, in the order it took them in: from which message
/// (or a report run's fetch), which version, and whether it changed what is held. The read model's
/// account of how it came to hold what it holds: a message applied twice shows as its id twice, an
/// older version applied after a newer as a change whose version is not above the last change's.
/// Rows older than the inbox's retention are removed with the inbox's.
/// </summary>
public sealed class ActivityIntake
{
    /// <summary>Grows with every row: the order in which the snapshots were taken in.</summary>
    public long Sequence { get; set; }

    public Guid ActivityId { get; set; }

    /// <summary>The version the snapshot carried (not this row's own: a row here is written once and never changed).</summary>
    public int SnapshotVersion { get; set; }

    /// <summary>The message that brought the snapshot; <see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Whether the snapshot changed the read model (false: it held this version or a newer one).</summary>
    public bool Changed { get; set; }

    /// <summary>UTC.</summary>
    public DateTime TakenAt { get; set; }
}

internal sealed class ActivityIntakeConfiguration : IEntityTypeConfiguration<ActivityIntake>
{
    public void Configure(EntityTypeBuilder<ActivityIntake> builder)
    {
        builder.ToTable("activity_intake");
        builder.HasKey(change => change.Sequence);
        builder.Property(change => change.Sequence).ValueGeneratedOnAdd();
        builder.HasIndex(change => change.ActivityId);
        builder.HasIndex(change => change.TakenAt);
    }
}

/// <summary>Forgets the activity intake with the inbox's handled message ids, past the same retention.</summary>
internal sealed class ActivityIntakeTrail : IHandledMessageTrail
{
    public Task<int> ForgetOlderThanAsync(ServiceDbContext db, DateTime cutoff, CancellationToken cancellationToken) =>
        ((ReportingDbContext)db).ActivityIntakes.Where(change => change.TakenAt < cutoff).ExecuteDeleteAsync(cancellationToken);
}
