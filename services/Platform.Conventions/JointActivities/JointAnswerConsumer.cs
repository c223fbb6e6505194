using MassTransit;
using Platform.Contracts.JointActivities;
using Platform.ServiceDefaults.Messaging;

namespace Platform.Conventions.JointActivities;

/// <summary>
/// The lead's side of an answer: records the invited convention's acceptance (with its own
/// mandates) or refusal on the activity, which becomes a new version and is published again.
/// Answers to another convention's activities are not this service's business.
/// <para>
/// The first answer applied stands. The invited side answers once, so a later answer that
/// differs can only be one that left before answers were decided once, or a stray message:
/// flipping to it would contradict the version already published to Reporting and to the teams,
/// with nothing to say which answer the invited team meant. Dropping it would hide that the two
/// sides may disagree, so it fails (<see cref="ContradictingAnswerException"/>) straight into the
/// endpoint's error queue, where operations see it next to the invited convention's record.
/// The same answer again is a redelivery and changes nothing.
/// </para>
/// </summary>
public sealed class JointAnswerConsumer(ConventionProfile profile, ConventionDbContext db, IOutbox outbox, TimeProvider clock)
    : IConsumer<JointActivityJoined>, IConsumer<JointActivityDeclined>
{
    public Task Consume(ConsumeContext<JointActivityJoined> context) => ApplyAsync(
        context.Message.LeadConvention, context.Message.ActivityId, context.Message.ProposalId,
        JointProposalStatus.Accepted, [.. context.Message.Mandates], null, context.Message.AnsweredAt, context.CancellationToken);

    public Task Consume(ConsumeContext<JointActivityDeclined> context) => ApplyAsync(
        context.Message.LeadConvention, context.Message.ActivityId, context.Message.ProposalId,
        JointProposalStatus.Declined, [], context.Message.Reason, context.Message.AnsweredAt, context.CancellationToken);

    private async Task ApplyAsync(
        string lead, Guid activityId, Guid proposalId, JointProposalStatus answer, List<string> mandates, string? reason,
        DateTimeOffset answeredAt, CancellationToken cancellationToken)
    {
        if (lead != profile.Name)
        {
            return;
        }

        var activity = await db.Activities.Include(a => a.Proposals).FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken)
            ?? throw new InvalidOperationException($"Answer to proposal {proposalId} names activity {activityId}, which {profile.Name} does not have.");
        var proposal = activity.Proposals.FirstOrDefault(p => p.Id == proposalId)
            ?? throw new InvalidOperationException($"Activity {activityId} has no proposal {proposalId}.");
        if (proposal.AnsweredAt is not null)
        {
            if (new ProposalAnswer(answer, mandates, reason).Matches(proposal.Status, proposal.Mandates, proposal.DeclineReason))
            {
                return;
            }

            throw new ContradictingAnswerException(profile.Name, activityId, proposalId, proposal.Status, answer);
        }

        proposal.Status = answer;
        proposal.Mandates = mandates;
        proposal.DeclineReason = reason;
        proposal.AnsweredAt = answeredAt.UtcDateTime;
        activity.Touch(clock.GetUtcNow().UtcDateTime);
        outbox.Publish(ActivityEvents.Revised(activity));
    }
}

public sealed class JointAnswerConsumerDefinition : ConsumerDefinition<JointAnswerConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<JointAnswerConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        // A contradiction does not go away by retrying: to the error queue at once.
        endpointConfigurator.UseConsumerRetry(exceptions => exceptions.Ignore<ContradictingAnswerException>());
    }
}
