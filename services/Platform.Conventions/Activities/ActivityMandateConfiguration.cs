namespace Platform.Conventions.Activities;

internal sealed class ActivityMandateConfiguration : IEntityTypeConfiguration<ActivityMandate>
{
    public void Configure(EntityTypeBuilder<ActivityMandate> builder)
    {
        builder.ToTable("activity_mandates");
        builder.HasKey(row => new { row.ActivityId, row.Mandate });
        builder.Property(row => row.Mandate).HasMaxLength(ActivityRequest.ReferenceMaxLength);
        builder.HasOne<Activity>().WithMany().HasForeignKey(row => row.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // A mandate's activities in the list's order, with their withdrawal: the mandate-only list pages
        // and counts this index alone, withdrawn or not (see ActivityList); combined filters and the
        // supersession check read it to find the activities.
        builder.HasIndex(row => new { row.Mandate, row.Start, row.ActivityId, row.Withdrawn });
    }
}
