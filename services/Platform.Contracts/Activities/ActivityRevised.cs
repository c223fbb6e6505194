namespace Platform.Contracts.Activities;

/// <summary>An activity changed: edited by its team, or a joint partner answered a proposal.</summary>
public sealed record ActivityRevised
{
    public required ActivitySnapshot Activity { get; init; }
}
