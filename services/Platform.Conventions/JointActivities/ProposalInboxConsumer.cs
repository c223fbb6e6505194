using MassTransit;
using Platform.Contracts.JointActivities;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Conventions.JointActivities;

/// <summary>The invited side: a proposal addressed to this convention is kept for its team to answer.</summary>
public sealed class ProposalInboxConsumer(ConventionProfile profile, ConventionDbContext db, TimeProvider clock)
    : IConsumer<JointActivityProposed>
{
    public async Task Consume(ConsumeContext<JointActivityProposed> context)
    {
        var message = context.Message;
        if (message.InvitedConvention != profile.Name ||
            await db.ReceivedProposals.AnyAsync(p => p.Id == message.ProposalId, context.CancellationToken))
        {
            return;
        }

        db.ReceivedProposals.Add(new ReceivedProposal
        {
            Id = message.ProposalId,
            ActivityId = message.Activity.Id,
            LeadConvention = message.LeadConvention,
            ActivityTitle = message.Activity.Title,
            ActivityDescription = message.Activity.Description,
            ActivityStart = message.Activity.Start,
            ActivityEnd = message.Activity.End,
            Message = message.Message,
            Status = JointProposalStatus.Proposed,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
        });
    }
}

public sealed class ProposalInboxConsumerDefinition : ConsumerDefinition<ProposalInboxConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ProposalInboxConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseConsumerRetry();
    }
}
