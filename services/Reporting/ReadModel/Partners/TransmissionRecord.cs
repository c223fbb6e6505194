namespace Reporting.ReadModel.Partners;

/// <summary>Information made available to a partner (UNEP under BC-14/21 6(a), typically), newest version.</summary>
public sealed class TransmissionRecord
{
    public Guid TransmissionId { get; set; }

    public int Version { get; set; }

    /// <summary>The receiving partner's directory id.</summary>
    public required string RecipientId { get; set; }

    public DateOnly TransmittedOn { get; set; }

    public required string Title { get; set; }

    /// <summary>The period the information covers.</summary>
    public DateOnly? CoversFrom { get; set; }

    public DateOnly? CoversTo { get; set; }

    public List<string> Conventions { get; set; } = [];

    public List<string> SdgTargets { get; set; } = [];

    /// <summary>Document symbols or links that were made available.</summary>
    public List<string> Documents { get; set; } = [];

    public List<string> Mandates { get; set; } = [];

    /// <summary><see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid SourceMessageId { get; set; }
}

internal sealed class TransmissionRecordConfiguration : IEntityTypeConfiguration<TransmissionRecord>
{
    public void Configure(EntityTypeBuilder<TransmissionRecord> builder)
    {
        builder.ToTable("transmissions");
        builder.HasKey(transmission => transmission.TransmissionId);
        builder.Property(transmission => transmission.Version).IsConcurrencyToken();
        builder.Property(transmission => transmission.RecipientId).HasMaxLength(80);
        builder.Property(transmission => transmission.Title).HasMaxLength(300);
    }
}
