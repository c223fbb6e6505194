namespace PartnerLiaison.Engagements;

/// <summary>The engagement as its events carry it, and as the contribution API serves it.</summary>
internal static class EngagementEvents
{
    public static EngagementSnapshot Snapshot(Engagement engagement) => new()
    {
        Id = engagement.Id,
        Version = engagement.Version,
        Kind = engagement.Kind,
        Title = engagement.Title,
        Description = engagement.Description,
        Participation = engagement.Participation,
        Start = engagement.Start,
        End = engagement.End,
        Partners = [.. engagement.Partners],
        Conventions = [.. engagement.Conventions],
        Activities = [.. engagement.Activities],
        Mandates = [.. engagement.Mandates],
        Withdrawn = engagement.Withdrawn,
        RecordedAt = new DateTimeOffset(DateTime.SpecifyKind(engagement.RecordedAt, DateTimeKind.Utc)),
        UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(engagement.UpdatedAt, DateTimeKind.Utc)),
    };
}
