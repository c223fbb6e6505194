namespace PartnerLiaison.Memberships;

internal sealed class MembershipStatusChangeConfiguration : IEntityTypeConfiguration<MembershipStatusChange>
{
    public void Configure(EntityTypeBuilder<MembershipStatusChange> builder)
    {
        builder.ToTable("membership_status_changes");
        builder.HasKey(change => new { change.MembershipId, change.Sequence });
        builder.Property(change => change.Sequence).ValueGeneratedNever();
        builder.Property(change => change.Status).HasMaxLength(20);
        builder.Property(change => change.Note).HasMaxLength(MembershipRequests.NoteMaxLength);
        builder.Property(change => change.RecordedBy).HasMaxLength(200);
    }
}
