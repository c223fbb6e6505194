namespace PartnerLiaison.Coalitions;

internal sealed class CoalitionConfiguration : IEntityTypeConfiguration<Coalition>
{
    public void Configure(EntityTypeBuilder<Coalition> builder)
    {
        builder.ToTable("coalitions");
        builder.HasKey(coalition => coalition.Id);
        builder.Property(coalition => coalition.Id).HasMaxLength(PartnerId.MaxLength);
        builder.Property(coalition => coalition.Description).HasMaxLength(CoalitionDetails.DescriptionMaxLength);
        builder.Property(coalition => coalition.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithOne().HasForeignKey<Coalition>(coalition => coalition.Id);
    }
}
