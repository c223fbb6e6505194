namespace Platform.Contracts.Partners;

/// <summary>The record of a transmission was corrected.</summary>
public sealed record TransmissionRevised : IItemEvent
{
    string IItemEvent.ItemKey => $"transmission:{Transmission.Id}";

    public required TransmissionSnapshot Transmission { get; init; }
}
