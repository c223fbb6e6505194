namespace PartnerLiaison.Coalitions;

/// <summary>The coalition as its events carry it, and as the contribution API serves it.</summary>
internal static class CoalitionEvents
{
    public static CoalitionChanged Changed(Coalition coalition, Organisation entry) => new() { Coalition = Snapshot(coalition, entry) };

    /// <summary>The coalition with the name of its own directory entry.</summary>
    public static CoalitionSnapshot Snapshot(Coalition coalition, Organisation entry) => new()
    {
        Id = coalition.Id,
        Version = coalition.Version,
        Name = entry.Name,
        Members = [.. coalition.Members],
        Established = coalition.Established,
        EstablishedOn = coalition.EstablishedOn,
        Mandates = [.. coalition.Mandates],
        Description = coalition.Description,
        UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(coalition.UpdatedAt, DateTimeKind.Utc)),
    };
}
