namespace Reporting.ReadModel.Partners;

/// <summary>A meeting, communication, agreement or joint work with partners, newest version.</summary>
public sealed class EngagementRecord
{
    public Guid EngagementId { get; set; }

    public int Version { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public string? Participation { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public List<string> Partners { get; set; } = [];

    public List<string> Conventions { get; set; } = [];

    public List<Guid> Activities { get; set; } = [];

    public List<string> Mandates { get; set; } = [];

    public bool Withdrawn { get; set; }

    /// <summary><see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid SourceMessageId { get; set; }
}

internal sealed class EngagementRecordConfiguration : IEntityTypeConfiguration<EngagementRecord>
{
    public void Configure(EntityTypeBuilder<EngagementRecord> builder)
    {
        builder.ToTable("engagements");
        builder.HasKey(engagement => engagement.EngagementId);
        builder.Property(engagement => engagement.Version).IsConcurrencyToken();
        builder.Property(engagement => engagement.Kind).HasMaxLength(40);
        builder.Property(engagement => engagement.Title).HasMaxLength(300);
        builder.Property(engagement => engagement.Participation).HasMaxLength(40);
    }
}
