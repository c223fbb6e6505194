using Platform.Contracts.Activities;

namespace Platform.Conventions.Activities;

internal static class ActivityEvents
{
    public static ActivitySnapshot Snapshot(Activity activity) => new()
    {
        Id = activity.Id,
        Convention = activity.Convention,
        Version = activity.Version,
        Title = activity.Title,
        Description = activity.Description,
        Type = KebabNames.Of(activity.Type),
        Status = KebabNames.Of(activity.Status),
        Start = activity.Start,
        End = activity.End,
        Partners = [.. activity.Partners],
        Mandates = [.. activity.Mandates],
        SdgTargets = [.. activity.SdgTargets],
        Outputs = [.. activity.Outputs],
        ResourceDependent = activity.ResourceDependent,
        Participants = activity.Proposals
            .OrderBy(proposal => proposal.InvitedConvention, StringComparer.Ordinal)
            .Select(proposal => new JointParticipantSnapshot
            {
                Convention = proposal.InvitedConvention,
                Status = KebabNames.Of(proposal.Status),
                Mandates = [.. proposal.Mandates],
                DeclineReason = proposal.DeclineReason,
            }).ToList(),
        Withdrawn = activity.Withdrawn,
        RecordedAt = Utc(activity.RecordedAt),
        UpdatedAt = Utc(activity.UpdatedAt),
    };

    public static ActivityRecorded Recorded(Activity activity) => new() { Activity = Snapshot(activity) };

    public static ActivityRevised Revised(Activity activity) => new() { Activity = Snapshot(activity) };

    public static ActivityWithdrawn Withdrawn(Activity activity) => new() { Activity = Snapshot(activity) };

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
