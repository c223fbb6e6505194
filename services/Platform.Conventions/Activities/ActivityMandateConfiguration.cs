namespace Platform.Conventions.Activities;

internal sealed class ActivityMandateConfiguration : IEntityTypeConfiguration<ActivityMandate>
{
    public void Configure(EntityTypeBuilder<ActivityMandate> builder)
    {
        builder.ToTable("activity_mandates");
        builder.HasKey(row => new { row.ActivityId, row.Mandate });
        builder.Property(row => row.Mandate).HasMaxLength(ActivityRequest.ReferenceMaxLength);
        builder.HasOne<Activity>().WithMany().HasForeignKey(row => row.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // The mandate filter and the supersession check read this index alone to find the activities.
        builder.HasIndex(row => new { row.Mandate, row.ActivityId });
    }
}
