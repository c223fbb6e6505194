namespace Reporting.ReadModel.Partners;

/// <summary>A partner organisation of the directory, so a report names partners rather than ids.</summary>
public sealed class PartnerRecord
{
    public required string PartnerId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public string? Acronym { get; set; }

    public required string Kind { get; set; }

    public string? ParentId { get; set; }

    public bool Retired { get; set; }

    /// <summary><see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid SourceMessageId { get; set; }
}

internal sealed class PartnerRecordConfiguration : IEntityTypeConfiguration<PartnerRecord>
{
    public void Configure(EntityTypeBuilder<PartnerRecord> builder)
    {
        builder.ToTable("partners");
        builder.HasKey(partner => partner.PartnerId);
        builder.Property(partner => partner.Version).IsConcurrencyToken();
        builder.Property(partner => partner.PartnerId).HasMaxLength(80);
        builder.Property(partner => partner.Name).HasMaxLength(300);
        builder.Property(partner => partner.Acronym).HasMaxLength(40);
        builder.Property(partner => partner.Kind).HasMaxLength(40);
        builder.Property(partner => partner.ParentId).HasMaxLength(80);
    }
}
