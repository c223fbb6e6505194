using Platform.Contracts.Activities;

namespace PartnerLiaison.Activities;

internal sealed class PartnerActivityConfiguration : IEntityTypeConfiguration<PartnerActivity>
{
    public void Configure(EntityTypeBuilder<PartnerActivity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(activity => activity.ActivityId);
        builder.Property(activity => activity.Version).IsConcurrencyToken();
        builder.Property(activity => activity.ActivityId).ValueGeneratedNever();
        builder.Property(activity => activity.Convention).HasMaxLength(20);
        builder.Property(activity => activity.Title).HasMaxLength(300);
        builder.Property(activity => activity.Type).HasMaxLength(40);
        builder.Property(activity => activity.Status).HasMaxLength(20);
        // A partner's activities are listed without the withdrawn ones, in this order.
        builder.HasIndex(activity => new { activity.Start, activity.ActivityId }).HasFilter("NOT \"Withdrawn\"");
    }
}
