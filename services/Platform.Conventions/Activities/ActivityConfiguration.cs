namespace Platform.Conventions.Activities;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    // The same text on SQLite and PostgreSQL; each uses a partial index only for a query that says the same.
    private const string Listed = "NOT \"Withdrawn\"";

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
        // The list's order, and each filter's seek in that order. The default list leaves withdrawn
        // activities out: partial indexes hold only the listed ones, so a page is read off the index.
        builder.HasIndex(activity => new { activity.Start, activity.Id });
        builder.HasIndex(activity => new { activity.Start, activity.Id }, "IX_activities_Listed").HasFilter(Listed);
        builder.HasIndex(activity => new { activity.Status, activity.Start, activity.Id }, "IX_activities_Listed_Status").HasFilter(Listed);
        builder.HasIndex(activity => new { activity.Type, activity.Start, activity.Id }, "IX_activities_Listed_Type").HasFilter(Listed);
    }
}
