namespace Platform.Conventions.Activities;

/// <summary>
/// One mandate an activity is carried out under, a row each, so that the list and the mandate
/// checks find the activities under a mandate through an index. Written from
/// <see cref="Activity.Mandates"/> on every save (<see cref="ActivityFilterRows"/>).
/// </summary>
public sealed class ActivityMandate
{
    public Guid ActivityId { get; set; }

    public required string Mandate { get; set; }

    /// <summary>The activity's start, so that one mandate's activities are paged in the list's order off this table's index.</summary>
    public DateOnly Start { get; set; }

    /// <summary>Whether the activity is withdrawn, so that the listed ones are counted off the index alone.</summary>
    public bool Withdrawn { get; set; }
}
