namespace PartnerLiaison.Engagements;

internal sealed class EngagementConfiguration : IEntityTypeConfiguration<Engagement>
{
    public void Configure(EntityTypeBuilder<Engagement> builder)
    {
        builder.ToTable("engagements");
        builder.HasKey(engagement => engagement.Id);
        builder.Property(engagement => engagement.Kind).HasMaxLength(30);
        builder.Property(engagement => engagement.Title).HasMaxLength(EngagementDetails.TitleMaxLength);
        builder.Property(engagement => engagement.Description).HasMaxLength(EngagementDetails.DescriptionMaxLength);
        builder.Property(engagement => engagement.Participation).HasMaxLength(20);
        builder.Property(engagement => engagement.Version).IsConcurrencyToken();
        // The list's order, with and without the withdrawn engagements, and the kind filter's seek in it.
        builder.HasIndex(engagement => new { engagement.Start, engagement.Id });
        builder.HasIndex(engagement => new { engagement.Start, engagement.Id }, "IX_engagements_Listed").HasFilter("NOT \"Withdrawn\"");
        builder.HasIndex(engagement => new { engagement.Kind, engagement.Start, engagement.Id });
    }
}
