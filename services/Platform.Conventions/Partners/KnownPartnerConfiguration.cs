namespace Platform.Conventions.Partners;

internal sealed class KnownPartnerConfiguration : IEntityTypeConfiguration<KnownPartner>
{
    public void Configure(EntityTypeBuilder<KnownPartner> builder)
    {
        builder.ToTable("known_partners");
        builder.HasKey(partner => partner.Id);
        builder.Property(partner => partner.Version).IsConcurrencyToken();
        builder.Property(partner => partner.Id).HasMaxLength(60);
        builder.Property(partner => partner.Name).HasMaxLength(300);
        builder.Property(partner => partner.Acronym).HasMaxLength(40);
        builder.Property(partner => partner.Kind).HasMaxLength(40);
        builder.Property(partner => partner.ParentId).HasMaxLength(60);
    }
}
