namespace Reporting.ReadModel.Partners;

/// <summary>A named group of organisations (the e-waste coalition) and its members, newest version.</summary>
public sealed class CoalitionRecord
{
    /// <summary>The coalition's own entry in the partner directory.</summary>
    public required string CoalitionId { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    /// <summary>Partner directory ids of the members.</summary>
    public List<string> Members { get; set; } = [];

    public bool Established { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public List<string> Mandates { get; set; } = [];

    /// <summary><see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid SourceMessageId { get; set; }
}

internal sealed class CoalitionRecordConfiguration : IEntityTypeConfiguration<CoalitionRecord>
{
    public void Configure(EntityTypeBuilder<CoalitionRecord> builder)
    {
        builder.ToTable("coalitions");
        builder.HasKey(coalition => coalition.CoalitionId);
        builder.Property(coalition => coalition.Version).IsConcurrencyToken();
        builder.Property(coalition => coalition.CoalitionId).HasMaxLength(80);
        builder.Property(coalition => coalition.Name).HasMaxLength(300);
    }
}
