namespace Platform.Contracts.Partners;

/// <summary>A coalition was recorded, or its members or establishment changed.</summary>
public sealed record CoalitionChanged : IItemEvent
{
    string IItemEvent.ItemKey => $"coalition:{Coalition.Id}";

    public required CoalitionSnapshot Coalition { get; init; }
}
