namespace PartnerLiaison.Organisations;

internal sealed class OrganisationRevisionConfiguration : IEntityTypeConfiguration<OrganisationRevision>
{
    public void Configure(EntityTypeBuilder<OrganisationRevision> builder)
    {
        builder.ToTable("organisation_revisions");
        builder.HasKey(revision => new { revision.OrganisationId, revision.Version });
        builder.Property(revision => revision.OrganisationId).HasMaxLength(PartnerId.MaxLength);
        builder.Property(revision => revision.Name).HasMaxLength(OrganisationDetails.NameMaxLength);
        builder.Property(revision => revision.Acronym).HasMaxLength(OrganisationDetails.AcronymMaxLength);
        builder.Property(revision => revision.Kind).HasMaxLength(30);
        builder.Property(revision => revision.ParentId).HasMaxLength(PartnerId.MaxLength);
        builder.Property(revision => revision.ChangedBy).HasMaxLength(200);
    }
}
