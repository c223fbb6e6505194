namespace Platform.ConventionKernel.Activities;

/// <summary>Something the Secretariat did, or plans to do, under the convention that leads it.</summary>
public sealed class Activity
{
    public Guid Id { get; set; }

    public required string Convention { get; set; }

    /// <summary>Incremented on every change; events carry it so consumers can drop stale ones.</summary>
    public int Version { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public ActivityType Type { get; set; }

    public ActivityStatus Status { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }
}
