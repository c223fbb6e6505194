namespace Platform.Conventions.Partners;

/// <summary>
/// This service's replica of one partner-directory entry, fed by partner events, so that partner
/// ids in activities are checked without calling the partner-liaison service.
/// </summary>
public sealed class KnownPartner
{
    public required string Id { get; set; }

    public int Version { get; set; }

    public required string Name { get; set; }

    public string? Acronym { get; set; }

    public required string Kind { get; set; }

    public string? ParentId { get; set; }

    public bool Retired { get; set; }
}
