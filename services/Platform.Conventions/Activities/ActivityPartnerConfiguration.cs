namespace Platform.Conventions.Activities;

internal sealed class ActivityPartnerConfiguration : IEntityTypeConfiguration<ActivityPartner>
{
    public void Configure(EntityTypeBuilder<ActivityPartner> builder)
    {
        builder.ToTable("activity_partners");
        builder.HasKey(row => new { row.ActivityId, row.Partner });
        builder.Property(row => row.Partner).HasMaxLength(ActivityRequest.ReferenceMaxLength);
        builder.HasOne<Activity>().WithMany().HasForeignKey(row => row.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // A partner's activities in the list's order, with their withdrawal: the partner-only list pages
        // and counts this index alone, withdrawn or not (see ActivityList); combined filters find the activities, then look each up by key.
        builder.HasIndex(row => new { row.Partner, row.Start, row.ActivityId, row.Withdrawn });
    }
}
