using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
        builder.HasIndex(engagement => engagement.Start);
    }
}
