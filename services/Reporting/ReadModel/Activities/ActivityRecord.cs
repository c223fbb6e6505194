namespace Reporting.ReadModel.Activities;

/// <summary>
/// The newest known state of one activity of one convention service, and the message that
/// brought it, so a report line can be traced back to its source.
/// </summary>
public sealed class ActivityRecord
{
    public Guid ActivityId { get; set; }

    public required string Convention { get; set; }

    public int Version { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public required string Type { get; set; }

    public required string Status { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public List<string> Partners { get; set; } = [];

    /// <summary>The lead convention's mandate references.</summary>
    public List<string> Mandates { get; set; } = [];

    /// <summary>The mandates the conventions that accepted to take part named as their own.</summary>
    public List<string> ParticipantMandates { get; set; } = [];

    public List<string> SdgTargets { get; set; } = [];

    public List<string> Outputs { get; set; } = [];

    public bool ResourceDependent { get; set; }

    /// <summary>The lead convention first, then every convention that accepted to take part.</summary>
    public List<string> Conventions { get; set; } = [];

    public bool Withdrawn { get; set; }

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>The message that brought this version; <see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid SourceMessageId { get; set; }
}

internal sealed class ActivityRecordConfiguration : IEntityTypeConfiguration<ActivityRecord>
{
    // The same text on SQLite and PostgreSQL; each uses a partial index only for a query that says the same.
    private const string Listed = "NOT \"Withdrawn\"";

    public void Configure(EntityTypeBuilder<ActivityRecord> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(activity => activity.ActivityId);
        builder.Property(activity => activity.Version).IsConcurrencyToken();
        builder.Property(activity => activity.Convention).HasMaxLength(20);
        builder.Property(activity => activity.Title).HasMaxLength(300);
        builder.Property(activity => activity.Description).HasMaxLength(8000);
        builder.Property(activity => activity.Type).HasMaxLength(40);
        builder.Property(activity => activity.Status).HasMaxLength(20);
        // The read API's list and the contribution states read only activities still listed, in
        // (Start, ActivityId) order: partial indexes hold those alone, so a page is read off the index.
        builder.HasIndex(activity => new { activity.Start, activity.ActivityId }, "IX_activities_Listed").HasFilter(Listed);
        builder.HasIndex(activity => new { activity.Convention, activity.Start, activity.ActivityId }, "IX_activities_Listed_Convention")
            .HasFilter(Listed);
    }
}
