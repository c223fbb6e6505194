namespace PartnerLiaison.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("organisations");
        builder.HasKey(organisation => organisation.Id);
        builder.Property(organisation => organisation.Id).HasMaxLength(PartnerId.MaxLength);
        builder.Property(organisation => organisation.Name).HasMaxLength(OrganisationDetails.NameMaxLength);
        builder.Property(organisation => organisation.Acronym).HasMaxLength(OrganisationDetails.AcronymMaxLength);
        builder.Property(organisation => organisation.Kind).HasMaxLength(30);
        builder.Property(organisation => organisation.ParentId).HasMaxLength(PartnerId.MaxLength);
        builder.Property(organisation => organisation.Version).IsConcurrencyToken();
        // The list is in key order; the parent and kind filters seek in it.
        builder.HasIndex(organisation => new { organisation.ParentId, organisation.Id });
        builder.HasIndex(organisation => new { organisation.Kind, organisation.Id });
    }
}
