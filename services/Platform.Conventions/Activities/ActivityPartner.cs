namespace Platform.Conventions.Activities;

/// <summary>
/// One partner of an activity, a row each, so that the list finds an organisation's activities
/// through an index rather than by reading every activity's list. <see cref="Activity.Partners"/>
/// stays what every reader uses; these rows are written from it on every save
/// (<see cref="ActivityFilterRows"/>).
/// </summary>
public sealed class ActivityPartner
{
    public Guid ActivityId { get; set; }

    public required string Partner { get; set; }

    /// <summary>The activity's start, so that one partner's activities are paged in the list's order off this table's index.</summary>
    public DateOnly Start { get; set; }

    /// <summary>Whether the activity is withdrawn, so that the listed ones are counted off the index alone.</summary>
    public bool Withdrawn { get; set; }
}
