namespace Platform.Contracts.Partners;

/// <summary>An organisation joined the partner directory.</summary>
public sealed record PartnerRegistered
{
    public required PartnerSnapshot Partner { get; init; }
}
