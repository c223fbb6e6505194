namespace Platform.Contracts.Activities;

/// <summary>A convention service recorded a new activity.</summary>
public sealed record ActivityRecorded : IItemEvent
{
    string IItemEvent.ItemKey => $"activity:{Activity.Id}";

    public required ActivitySnapshot Activity { get; init; }
}
