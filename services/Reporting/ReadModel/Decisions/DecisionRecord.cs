namespace Reporting.ReadModel.Decisions;

/// <summary>A decision a convention service imported, with the mandates it gives the Secretariat.</summary>
public sealed class DecisionRecord
{
    /// <summary><c>BC-14/21</c>: the prefix makes it unique across conventions.</summary>
    public required string Symbol { get; set; }

    public required string Convention { get; set; }

    public string? Title { get; set; }

    public string? Meeting { get; set; }

    public required string TextHash { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ImportedAt { get; set; }

    /// <summary>The message that brought it; <see cref="Guid.Empty"/> when a report run fetched it from its source.</summary>
    public Guid SourceMessageId { get; set; }

    public List<MandateRecord> Mandates { get; set; } = [];
}

/// <summary>A request a decision addresses to the Secretariat.</summary>
public sealed class MandateRecord
{
    /// <summary><c>BC-14/21 6(b)</c>.</summary>
    public required string Reference { get; set; }

    public required string DecisionSymbol { get; set; }

    public int Paragraph { get; set; }

    public string? Subparagraph { get; set; }

    public required string Verb { get; set; }

    public required string Kind { get; set; }

    public required string Text { get; set; }

    public List<string> Conditions { get; set; } = [];

    public string? ReportBackBody { get; set; }

    public string? ReportBackWhen { get; set; }
}

/// <summary>
/// A mandate a later decision replaced. Kept apart from <see cref="MandateRecord"/> because the
/// supersession may arrive before the decision it concerns.
/// </summary>
public sealed class SupersessionRecord
{
    public required string Reference { get; set; }

    public required string Convention { get; set; }

    public required string SupersededBy { get; set; }

    /// <summary>UTC.</summary>
    public DateTime SupersededAt { get; set; }

    public Guid SourceMessageId { get; set; }
}

internal sealed class DecisionRecordConfiguration :
    IEntityTypeConfiguration<DecisionRecord>, IEntityTypeConfiguration<MandateRecord>, IEntityTypeConfiguration<SupersessionRecord>
{
    public void Configure(EntityTypeBuilder<DecisionRecord> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(decision => decision.Symbol);
        builder.Property(decision => decision.Symbol).HasMaxLength(40);
        builder.Property(decision => decision.Convention).HasMaxLength(20);
        builder.Property(decision => decision.Title).HasMaxLength(500);
        builder.Property(decision => decision.Meeting).HasMaxLength(40);
        builder.Property(decision => decision.TextHash).HasMaxLength(64);
        builder.HasMany(decision => decision.Mandates).WithOne().HasForeignKey(mandate => mandate.DecisionSymbol);
    }

    public void Configure(EntityTypeBuilder<MandateRecord> builder)
    {
        builder.ToTable("mandates");
        builder.HasKey(mandate => mandate.Reference);
        builder.Property(mandate => mandate.Reference).HasMaxLength(60);
        builder.Property(mandate => mandate.Verb).HasMaxLength(60);
        builder.Property(mandate => mandate.Kind).HasMaxLength(60);
        builder.Property(mandate => mandate.Subparagraph).HasMaxLength(10);
    }

    public void Configure(EntityTypeBuilder<SupersessionRecord> builder)
    {
        builder.ToTable("superseded_mandates");
        builder.HasKey(supersession => supersession.Reference);
        builder.Property(supersession => supersession.Reference).HasMaxLength(60);
        builder.Property(supersession => supersession.Convention).HasMaxLength(20);
        builder.Property(supersession => supersession.SupersededBy).HasMaxLength(40);
    }
}
