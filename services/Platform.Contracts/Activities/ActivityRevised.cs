namespace Platform.Contracts.Activities;

/// <summary>An activity changed: edited by its team, or a joint partner answered a proposal.</summary>
public sealed record ActivityRevised : IItemEvent
{
    string IItemEvent.ItemKey => $"activity:{Activity.Id}";

    public required ActivitySnapshot Activity { get; init; }
}
