namespace Platform.Conventions.JointActivities;

internal sealed class ReceivedProposalConfiguration : IEntityTypeConfiguration<ReceivedProposal>
{
    public void Configure(EntityTypeBuilder<ReceivedProposal> builder)
    {
        builder.ToTable("received_proposals");
        builder.HasKey(proposal => proposal.Id);
        builder.Property(proposal => proposal.Id).ValueGeneratedNever();
        builder.Property(proposal => proposal.LeadConvention).HasMaxLength(20);
        builder.Property(proposal => proposal.ActivityTitle).HasMaxLength(300);
        builder.Property(proposal => proposal.ActivityDescription).HasMaxLength(8000);
        builder.Property(proposal => proposal.Message).HasMaxLength(2000);
        // A proposal is answered once: the answer's update holds only while the status is still the one read.
        builder.Property(proposal => proposal.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(proposal => proposal.DeclineReason).HasMaxLength(2000);
    }
}
