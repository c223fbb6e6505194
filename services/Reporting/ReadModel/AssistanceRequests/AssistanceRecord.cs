namespace Reporting.ReadModel.AssistanceRequests;

/// <summary>The newest known state of a Party's request for assistance, and the message that brought it.</summary>
public sealed class AssistanceRecord
{
    public Guid RequestId { get; set; }

    public required string Convention { get; set; }

    public int Version { get; set; }

    public required string Party { get; set; }

    public required string Subject { get; set; }

    public string Description { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public required string Status { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? Mandate { get; set; }

    /// <summary><see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid SourceMessageId { get; set; }
}

internal sealed class AssistanceRecordConfiguration : IEntityTypeConfiguration<AssistanceRecord>
{
    public void Configure(EntityTypeBuilder<AssistanceRecord> builder)
    {
        builder.ToTable("assistance_requests");
        builder.HasKey(request => request.RequestId);
        builder.Property(request => request.Version).IsConcurrencyToken();
        builder.Property(request => request.Convention).HasMaxLength(20);
        builder.Property(request => request.Party).HasMaxLength(2);
        builder.Property(request => request.Subject).HasMaxLength(300);
        builder.Property(request => request.Description).HasMaxLength(8000);
        builder.Property(request => request.Status).HasMaxLength(20);
        builder.Property(request => request.Outcome).HasMaxLength(4000);
        builder.Property(request => request.Mandate).HasMaxLength(60);
    }
}
