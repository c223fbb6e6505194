namespace PartnerLiaison.Memberships;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships");
        builder.HasKey(membership => membership.Id);
        builder.Property(membership => membership.PartnerId).HasMaxLength(PartnerId.MaxLength);
        builder.Property(membership => membership.Status).HasMaxLength(20);
        builder.Property(membership => membership.Version).IsConcurrencyToken();
        // One standing per body short of ended, even when two are recorded at the same instant.
        builder.HasIndex(membership => membership.PartnerId).IsUnique().HasFilter($"\"Status\" <> '{MembershipStatus.Ended}'");
        // The list's order, and the status filter's seek in it.
        builder.HasIndex(membership => new { membership.PartnerId, membership.Id });
        builder.HasIndex(membership => new { membership.Status, membership.PartnerId, membership.Id });
        builder.HasMany(membership => membership.History).WithOne().HasForeignKey(change => change.MembershipId);
        builder.Navigation(membership => membership.History).AutoInclude();
    }
}
