namespace Platform.Contracts.Partners;

/// <summary>An organisation joined the partner directory.</summary>
public sealed record PartnerRegistered : IItemEvent
{
    string IItemEvent.ItemKey => $"partner:{Partner.Id}";

    public required PartnerSnapshot Partner { get; init; }
}
