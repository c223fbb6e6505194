namespace Platform.Contracts.Partners;

/// <summary>A partner's entry changed, including its retirement (<see cref="PartnerSnapshot.Retired"/>).</summary>
public sealed record PartnerChanged : IItemEvent
{
    string IItemEvent.ItemKey => $"partner:{Partner.Id}";

    public required PartnerSnapshot Partner { get; init; }
}
