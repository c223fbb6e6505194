namespace Platform.Conventions.Activities;

internal sealed class ActivityTallyConfiguration : IEntityTypeConfiguration<ActivityTally>
{
    public void Configure(EntityTypeBuilder<ActivityTally> builder)
    {
        builder.ToTable("activity_tallies");
        builder.HasKey(tally => tally.Withdrawn);
        builder.Property(tally => tally.Withdrawn).ValueGeneratedNever();
    }
}
