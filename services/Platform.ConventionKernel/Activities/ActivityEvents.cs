using Platform.Contracts.Activities;

namespace Platform.ConventionKernel.Activities;

internal static class ActivityEvents
{
    public static ActivityRecorded Recorded(Activity activity) => new()
    {
        ActivityId = activity.Id,
        Convention = activity.Convention,
        Version = activity.Version,
        Title = activity.Title,
        Description = activity.Description,
        Type = KebabNames.Of(activity.Type),
        Status = KebabNames.Of(activity.Status),
        Start = activity.Start,
        End = activity.End,
        RecordedAt = new DateTimeOffset(DateTime.SpecifyKind(activity.RecordedAt, DateTimeKind.Utc)),
    };
}
