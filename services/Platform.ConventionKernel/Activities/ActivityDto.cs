namespace Platform.ConventionKernel.Activities;

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
    DateTime RecordedAt,
    DateTime UpdatedAt)
{
    public static ActivityDto From(Activity activity) => new(
        activity.Id,
        activity.Convention,
        activity.Version,
        activity.Title,
        activity.Description,
        KebabNames.Of(activity.Type),
        KebabNames.Of(activity.Status),
        activity.Start,
        activity.End,
        DateTime.SpecifyKind(activity.RecordedAt, DateTimeKind.Utc),
        DateTime.SpecifyKind(activity.UpdatedAt, DateTimeKind.Utc));
}
