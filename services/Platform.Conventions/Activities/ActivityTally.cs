namespace Platform.Conventions.Activities;

/// <summary>
/// How many activities are stored, withdrawn or not: the unfiltered list's total without
/// counting the table on every call. Database triggers on <c>activities</c> keep both rows
/// (created by the <c>ListIndexes</c> migration), in the transaction of the change itself, so
/// the total is exact whoever writes.
/// </summary>
public sealed class ActivityTally
{
    public bool Withdrawn { get; set; }

    public int Count { get; set; }
}
