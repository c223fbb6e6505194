namespace Platform.Conventions.Activities;

public sealed record ActivityDto(
    Guid Id,
    string Convention,
    int Version,
    string Title,
    string Description,
    string Type,
    string Status,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Mandates,
    IReadOnlyList<string> SdgTargets,
    IReadOnlyList<string> Outputs,
    bool ResourceDependent,
    IReadOnlyList<string> Conventions,
    IReadOnlyList<ParticipantDto> Participants,
    bool Withdrawn,
    string? WithdrawalReason,
    DateTime RecordedAt,
    DateTime UpdatedAt)
{
    public static ActivityDto From(Activity activity)
    {
        var participants = activity.Proposals
            .OrderBy(proposal => proposal.InvitedConvention, StringComparer.Ordinal)
            .Select(ParticipantDto.From)
            .ToList();
        var conventions = participants.Where(p => p.Status == "accepted").Select(p => p.Convention)
            .Prepend(activity.Convention)
            .ToList();

        return new ActivityDto(
            activity.Id, activity.Convention, activity.Version, activity.Title, activity.Description,
            KebabNames.Of(activity.Type), KebabNames.Of(activity.Status), activity.Start, activity.End,
            activity.Partners, activity.Mandates, activity.SdgTargets, activity.Outputs, activity.ResourceDependent,
            conventions, participants, activity.Withdrawn, activity.WithdrawalReason,
            DateTime.SpecifyKind(activity.RecordedAt, DateTimeKind.Utc),
            DateTime.SpecifyKind(activity.UpdatedAt, DateTimeKind.Utc));
    }
}

/// <summary>An invited convention and where it stands: <c>proposed</c>, <c>accepted</c> or <c>declined</c>.</summary>
public sealed record ParticipantDto(
    Guid ProposalId, string Convention, string Status, IReadOnlyList<string> Mandates, string? DeclineReason, DateTime ProposedAt, DateTime? AnsweredAt)
{
    public static ParticipantDto From(JointProposal proposal) => new(
        proposal.Id, proposal.InvitedConvention, KebabNames.Of(proposal.Status), proposal.Mandates, proposal.DeclineReason,
        DateTime.SpecifyKind(proposal.ProposedAt, DateTimeKind.Utc),
        proposal.AnsweredAt is { } answered ? DateTime.SpecifyKind(answered, DateTimeKind.Utc) : null);
}
