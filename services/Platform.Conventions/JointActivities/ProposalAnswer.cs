namespace Platform.Conventions.JointActivities;

/// <summary>
/// An invited convention's answer to a proposal: accepted under its mandates, or declined with a
/// reason. A proposal is answered once; the same answer again is no new decision and changes
/// nothing, any other answer is refused naming the one that stands.
/// </summary>
public sealed record ProposalAnswer(JointProposalStatus Status, IReadOnlyList<string> Mandates, string? DeclineReason)
{
    public static ProposalAnswer Accepted(IReadOnlyList<string> mandates) => new(JointProposalStatus.Accepted, mandates, null);

    public static ProposalAnswer Declined(string reason) => new(JointProposalStatus.Declined, [], reason);

    /// <summary>Whether an answer already recorded (on either side) is this one: mandates in any order.</summary>
    public bool Matches(JointProposalStatus status, IReadOnlyCollection<string> mandates, string? declineReason) =>
        status == Status && mandates.ToHashSet(StringComparer.Ordinal).SetEquals(Mandates) && declineReason == DeclineReason;

    public bool IsGivenBy(ReceivedProposal proposal) => Matches(proposal.Status, proposal.Mandates, proposal.DeclineReason);

    public void ApplyTo(ReceivedProposal proposal, DateTime answeredAt)
    {
        proposal.Status = Status;
        proposal.Mandates = [.. Mandates];
        proposal.DeclineReason = DeclineReason;
        proposal.AnsweredAt = answeredAt;
    }

    /// <summary>409 naming the answer that stands, with it in the body.</summary>
    public static ProblemHttpResult AlreadyGiven(ReceivedProposal standing)
    {
        var answer = KebabNames.Of(standing.Status);
        return Conflicts.Because(
            $"The proposal was already {answer}.",
            standing.Status == JointProposalStatus.Accepted
                ? $"It was accepted under {string.Join(", ", standing.Mandates)} on {standing.AnsweredAt:yyyy-MM-dd}; a proposal is answered once."
                : $"It was declined on {standing.AnsweredAt:yyyy-MM-dd} (\"{standing.DeclineReason}\"); a proposal is answered once.",
            new Dictionary<string, object?>
            {
                ["answer"] = answer,
                ["mandates"] = standing.Mandates,
                ["declineReason"] = standing.DeclineReason,
            });
    }
}
