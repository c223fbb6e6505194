namespace Platform.Contracts.Partners;

/// <summary>The record of a transmission was corrected.</summary>
public sealed record TransmissionRevised
{
    public required TransmissionSnapshot Transmission { get; init; }
}
