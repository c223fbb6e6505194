using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.Conventions.AssistanceRequests;
using Platform.Conventions.Decisions;
using Platform.Conventions.JointActivities;
using Platform.Conventions.Partners;

namespace Platform.Conventions.Persistence;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(decision => decision.Symbol);
        builder.Property(decision => decision.Symbol).HasMaxLength(40);
        builder.Property(decision => decision.Title).HasMaxLength(Decision.TitleMaxLength);
        builder.Property(decision => decision.Meeting).HasMaxLength(20);
        builder.Property(decision => decision.TextHash).HasMaxLength(64);
        builder.HasMany(decision => decision.Mandates).WithOne().HasForeignKey(mandate => mandate.DecisionSymbol);
    }
}

internal sealed class MandateConfiguration : IEntityTypeConfiguration<Mandate>
{
    public void Configure(EntityTypeBuilder<Mandate> builder)
    {
        builder.ToTable("mandates");
        builder.HasKey(mandate => mandate.Reference);
        builder.Property(mandate => mandate.Reference).HasMaxLength(60);
        builder.Property(mandate => mandate.Verb).HasMaxLength(100);
        builder.Property(mandate => mandate.Kind).HasMaxLength(40);
        builder.Property(mandate => mandate.Addressee).HasMaxLength(100);
        builder.Property(mandate => mandate.Subparagraph).HasMaxLength(10);
        builder.Property(mandate => mandate.ReportBackBody).HasMaxLength(200);
        builder.Property(mandate => mandate.ReportBackWhen).HasMaxLength(200);
        // A mandate is superseded once: the update holds only while no other supersession was stored.
        builder.Property(mandate => mandate.SupersededBy).HasMaxLength(60).IsConcurrencyToken();
    }
}

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

internal sealed class KnownPartnerConfiguration : IEntityTypeConfiguration<KnownPartner>
{
    public void Configure(EntityTypeBuilder<KnownPartner> builder)
    {
        builder.ToTable("known_partners");
        builder.HasKey(partner => partner.Id);
        builder.Property(partner => partner.Id).HasMaxLength(60);
        builder.Property(partner => partner.Name).HasMaxLength(300);
        builder.Property(partner => partner.Acronym).HasMaxLength(40);
        builder.Property(partner => partner.Kind).HasMaxLength(40);
        builder.Property(partner => partner.ParentId).HasMaxLength(60);
    }
}

internal sealed class AssistanceRequestConfiguration : IEntityTypeConfiguration<AssistanceRequest>
{
    public void Configure(EntityTypeBuilder<AssistanceRequest> builder)
    {
        builder.ToTable("assistance_requests");
        builder.HasKey(request => request.Id);
        builder.Property(request => request.Id).ValueGeneratedNever();
        builder.Property(request => request.Convention).HasMaxLength(20);
        builder.Property(request => request.Party).HasMaxLength(2);
        builder.Property(request => request.Subject).HasMaxLength(300);
        builder.Property(request => request.Description).HasMaxLength(8000);
        builder.Property(request => request.Outcome).HasMaxLength(8000);
        builder.Property(request => request.Mandate).HasMaxLength(60);
        builder.Property(request => request.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(request => request.Version).IsConcurrencyToken();
        builder.HasIndex(request => request.Party);
    }
}
