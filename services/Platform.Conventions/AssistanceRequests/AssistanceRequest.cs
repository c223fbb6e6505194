namespace Platform.Conventions.AssistanceRequests;

/// <summary>A Party's request for help (for instance to integrate the convention into its national plans).</summary>
public sealed class AssistanceRequest
{
    public Guid Id { get; set; }

    public required string Convention { get; set; }

    public int Version { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the requesting Party.</summary>
    public required string Party { get; set; }

    public required string Subject { get; set; }

    public string Description { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public AssistanceRequestStatus Status { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? Mandate { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }
}

public enum AssistanceRequestStatus
{
    Open,
    InProgress,
    Closed,
}
