namespace Reporting.ReadModel.Partners;

/// <summary>The Secretariat's standing with one body (IOMC, for instance), newest version.</summary>
public sealed class MembershipRecord
{
    public Guid MembershipId { get; set; }

    public int Version { get; set; }

    public required string PartnerId { get; set; }

    public required string Status { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public List<string> Mandates { get; set; } = [];

    /// <summary><see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid SourceMessageId { get; set; }
}

internal sealed class MembershipRecordConfiguration : IEntityTypeConfiguration<MembershipRecord>
{
    public void Configure(EntityTypeBuilder<MembershipRecord> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(membership => membership.MembershipId);
        builder.Property(membership => membership.Version).IsConcurrencyToken();
        builder.Property(membership => membership.PartnerId).HasMaxLength(80);
        builder.Property(membership => membership.Status).HasMaxLength(20);
    }
}
