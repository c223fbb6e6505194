namespace Platform.Conventions.JointActivities;

/// <summary>
/// An invited convention's answer that differs from the one the lead already applied; see
/// <see cref="JointAnswerConsumer"/> for why it is neither applied nor dropped.
/// </summary>
public sealed class ContradictingAnswerException(
    string lead, Guid activityId, Guid proposalId, JointProposalStatus applied, JointProposalStatus received)
    : InvalidOperationException(
        $"{lead} already applied the answer '{applied}' to proposal {proposalId} of activity {activityId}; " +
        $"a different answer ('{received}') for it is not applied. Compare with the invited convention's record of the proposal.");
