namespace PartnerLiaison.Engagements;

public sealed record EngagementDto(
    Guid Id,
    int Version,
    string Kind,
    string Title,
    string Description,
    string? Participation,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Conventions,
    IReadOnlyList<Guid> Activities,
    IReadOnlyList<string> Mandates,
    bool Withdrawn,
    DateTime RecordedAt,
    DateTime UpdatedAt)
{
    public static EngagementDto From(Engagement engagement) => new(
        engagement.Id,
        engagement.Version,
        engagement.Kind,
        engagement.Title,
        engagement.Description,
        engagement.Participation,
        engagement.Start,
        engagement.End,
        engagement.Partners,
        engagement.Conventions,
        engagement.Activities,
        engagement.Mandates,
        engagement.Withdrawn,
        DateTime.SpecifyKind(engagement.RecordedAt, DateTimeKind.Utc),
        DateTime.SpecifyKind(engagement.UpdatedAt, DateTimeKind.Utc));
}
