namespace Platform.Conventions.Activities;

internal sealed class ActivityPartnerConfiguration : IEntityTypeConfiguration<ActivityPartner>
{
    public void Configure(EntityTypeBuilder<ActivityPartner> builder)
    {
        builder.ToTable("activity_partners");
        builder.HasKey(row => new { row.ActivityId, row.Partner });
        builder.Property(row => row.Partner).HasMaxLength(ActivityRequest.ReferenceMaxLength);
        builder.HasOne<Activity>().WithMany().HasForeignKey(row => row.ActivityId).OnDelete(DeleteBehavior.Cascade);
        // The partner filter reads this index alone to find the activities, then looks each up by key.
        builder.HasIndex(row => new { row.Partner, row.ActivityId });
    }
}
