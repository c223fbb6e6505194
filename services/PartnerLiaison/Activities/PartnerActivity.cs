using Platform.Contracts.Activities;

namespace PartnerLiaison.Activities;

/// <summary>
/// The newest known state of a convention service's activity, as its events told it, kept so
/// that each partner's activities can be answered here without calling the convention services.
/// </summary>
public sealed class PartnerActivity
{
    public Guid ActivityId { get; set; }

    /// <summary>The lead convention.</summary>
    public required string Convention { get; set; }

    /// <summary>The lead convention and every invited convention that accepted.</summary>
    public List<string> Conventions { get; set; } = [];

    public int Version { get; set; }

    public required string Title { get; set; }

    public required string Type { get; set; }

    public required string Status { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public List<string> Partners { get; set; } = [];

    public List<string> Mandates { get; set; } = [];

    public bool Withdrawn { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>The message that brought this version.</summary>
    public Guid SourceMessageId { get; set; }

    public void Apply(ActivitySnapshot activity, Guid messageId)
    {
        Convention = activity.Convention;
        Conventions = [activity.Convention, .. activity.Participants
            .Where(p => p.Status == "accepted" && p.Convention != activity.Convention)
            .Select(p => p.Convention)];
        Version = activity.Version;
        Title = activity.Title;
        Type = activity.Type;
        Status = activity.Status;
        Start = activity.Start;
        End = activity.End;
        Partners = [.. activity.Partners.Distinct()];
        Mandates = [.. activity.Mandates];
        Withdrawn = activity.Withdrawn;
        UpdatedAt = activity.UpdatedAt.UtcDateTime;
        SourceMessageId = messageId;
    }
}
