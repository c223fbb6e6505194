namespace Platform.Contracts;

/// <summary>
/// An event about one item of the publishing service (an activity, a membership, a report run):
/// the events of one item reach the broker in the order they were stored, one after another,
/// whichever replica of the service relays them. Events of different items are relayed together.
/// </summary>
/// <remarks>Not a contract of its own: nothing is published or consumed as an <see cref="IItemEvent"/>.</remarks>
public interface IItemEvent
{
    /// <summary>The item's kind and id, unique among the service's items: <c>activity:3f2c…</c>.</summary>
    string ItemKey { get; }
}
