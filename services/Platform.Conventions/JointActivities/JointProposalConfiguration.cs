namespace Platform.Conventions.JointActivities;

internal sealed class JointProposalConfiguration : IEntityTypeConfiguration<JointProposal>
{
    public void Configure(EntityTypeBuilder<JointProposal> builder)
    {
        builder.ToTable("joint_proposals");
        builder.HasKey(proposal => proposal.Id);
        builder.Property(proposal => proposal.Id).ValueGeneratedNever();
        builder.Property(proposal => proposal.InvitedConvention).HasMaxLength(20);
        builder.Property(proposal => proposal.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(proposal => proposal.Message).HasMaxLength(2000);
        builder.Property(proposal => proposal.DeclineReason).HasMaxLength(2000);
        builder.HasIndex(proposal => new { proposal.ActivityId, proposal.InvitedConvention }).IsUnique();
    }
}
