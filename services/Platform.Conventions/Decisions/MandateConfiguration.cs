namespace Platform.Conventions.Decisions;

internal sealed class MandateConfiguration : IEntityTypeConfiguration<Mandate>
{
    public void Configure(EntityTypeBuilder<Mandate> builder)
    {
        builder.ToTable("mandates");
        builder.HasKey(mandate => mandate.Reference);
        builder.Property(mandate => mandate.Reference).HasMaxLength(60);
        builder.Property(mandate => mandate.Verb).HasMaxLength(100);
        builder.Property(mandate => mandate.Kind).HasMaxLength(40);
        builder.Property(mandate => mandate.Addressee).HasMaxLength(100);
        builder.Property(mandate => mandate.Subparagraph).HasMaxLength(10);
        builder.Property(mandate => mandate.ReportBackBody).HasMaxLength(200);
        builder.Property(mandate => mandate.ReportBackWhen).HasMaxLength(200);
        // A mandate is superseded once: the update holds only while no other supersession was stored.
        builder.Property(mandate => mandate.SupersededBy).HasMaxLength(60).IsConcurrencyToken();
    }
}
