namespace Platform.Contracts.Activities;

/// <summary>An activity was withdrawn by its team; it no longer counts in reports.</summary>
public sealed record ActivityWithdrawn : IItemEvent
{
    string IItemEvent.ItemKey => $"activity:{Activity.Id}";

    public required ActivitySnapshot Activity { get; init; }
}
