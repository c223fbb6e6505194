namespace Platform.Conventions.Decisions;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(decision => decision.Symbol);
        builder.Property(decision => decision.Symbol).HasMaxLength(40);
        builder.Property(decision => decision.Title).HasMaxLength(Decision.TitleMaxLength);
        builder.Property(decision => decision.Meeting).HasMaxLength(20);
        builder.Property(decision => decision.TextHash).HasMaxLength(64);
        builder.HasMany(decision => decision.Mandates).WithOne().HasForeignKey(mandate => mandate.DecisionSymbol);
    }
}
