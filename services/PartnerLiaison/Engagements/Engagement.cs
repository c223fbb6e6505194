namespace PartnerLiaison.Engagements;

/// <summary>
/// Something done with partners: a meeting attended (as observer or member), a communication,
/// an agreement or joint work, linked to the partners, conventions, activities and mandates it
/// concerns.
/// </summary>
public sealed class Engagement
{
    public Guid Id { get; set; }

    public int Version { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    /// <summary>For a meeting: <c>observer</c>, <c>member</c> or <c>participant</c>.</summary>
    public string? Participation { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public List<string> Partners { get; set; } = [];

    public List<string> Conventions { get; set; } = [];

    public List<Guid> Activities { get; set; } = [];

    public List<string> Mandates { get; set; } = [];

    public bool Withdrawn { get; set; }

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public void Apply(EngagementDetails details, DateTime now)
    {
        Kind = details.Kind;
        Title = details.Title;
        Description = details.Description;
        Participation = details.Participation;
        Start = details.Start;
        End = details.End;
        Partners = [.. details.Partners];
        Conventions = [.. details.Conventions];
        Activities = [.. details.Activities];
        Mandates = [.. details.Mandates];
        Version++;
        UpdatedAt = now;
    }
}
