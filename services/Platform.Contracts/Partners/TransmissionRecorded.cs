namespace Platform.Contracts.Partners;

/// <summary>Information was made available to a partner, typically UNEP under BC-14/21 6(a).</summary>
public sealed record TransmissionRecorded : IItemEvent
{
    string IItemEvent.ItemKey => $"transmission:{Transmission.Id}";

    public required TransmissionSnapshot Transmission { get; init; }
}
