namespace Platform.Conventions.Activities;

/// <summary>
/// Something the Secretariat did, or plans to do, under the convention that leads it. A joint
/// activity is still one activity, led by one convention, with the others as participants.
/// </summary>
public sealed class Activity
{
    public Guid Id { get; set; }

    public required string Convention { get; set; }

    /// <summary>Incremented on every change; updates must name it, and events carry it.</summary>
    public int Version { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public ActivityType Type { get; set; }

    public ActivityStatus Status { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    public List<string> Partners { get; set; } = [];

    public List<string> Mandates { get; set; } = [];

    public List<string> SdgTargets { get; set; } = [];

    public List<string> Outputs { get; set; } = [];

    public bool ResourceDependent { get; set; }

    public List<JointProposal> Proposals { get; set; } = [];

    public bool Withdrawn { get; set; }

    public string? WithdrawalReason { get; set; }

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>Applies a validated request: the fields a team edits, not identity or participation.</summary>
    public void Apply(ValidatedActivity values)
    {
        Title = values.Title;
        Description = values.Description;
        Type = values.Type;
        Status = values.Status;
        Start = values.Start;
        End = values.End;
        Partners = [.. values.Partners];
        Mandates = [.. values.Mandates];
        SdgTargets = [.. values.SdgTargets];
        Outputs = [.. values.Outputs];
        ResourceDependent = values.ResourceDependent;
    }

    public void Touch(DateTime utcNow)
    {
        Version++;
        UpdatedAt = utcNow;
    }
}
