using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Conventions.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(activity => activity.Id);
        builder.Property(activity => activity.Id).ValueGeneratedNever();
        builder.Property(activity => activity.Convention).HasMaxLength(20);
        builder.Property(activity => activity.Title).HasMaxLength(ActivityRequest.TitleMaxLength);
        builder.Property(activity => activity.Description).HasMaxLength(ActivityRequest.DescriptionMaxLength);
        builder.Property(activity => activity.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(activity => activity.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(activity => activity.Version).IsConcurrencyToken();
        builder.Property(activity => activity.WithdrawalReason).HasMaxLength(2000);
        builder.HasMany(activity => activity.Proposals).WithOne().HasForeignKey(proposal => proposal.ActivityId);
        builder.HasIndex(activity => activity.Start);
    }
}
