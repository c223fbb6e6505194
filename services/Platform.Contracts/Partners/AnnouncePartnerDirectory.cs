namespace Platform.Contracts.Partners;

/// <summary>
/// Asks the partner-liaison service to publish the whole directory again (one
/// <see cref="PartnerChanged"/> per partner, at its current version). A service sends it when it
/// starts, so that a replica whose queue did not exist yet when partners were registered still
/// learns them; replicas apply the answers by version, so repeats are harmless.
/// </summary>
public sealed record AnnouncePartnerDirectory
{
    /// <summary>The service that asks, e.g. <c>basel</c>.</summary>
    public required string RequestedBy { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }
}
