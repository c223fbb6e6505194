namespace PartnerLiaison.Transmissions;

/// <summary>The transmission as its events carry it, and as the contribution API serves it.</summary>
internal static class TransmissionEvents
{
    public static TransmissionSnapshot Snapshot(Transmission transmission) => new()
    {
        Id = transmission.Id,
        Version = transmission.Version,
        RecipientId = transmission.RecipientId,
        TransmittedOn = transmission.TransmittedOn,
        Title = transmission.Title,
        Description = transmission.Description,
        CoversFrom = transmission.CoversFrom,
        CoversTo = transmission.CoversTo,
        Conventions = [.. transmission.Conventions],
        SdgTargets = [.. transmission.SdgTargets],
        Documents = [.. transmission.Documents],
        Mandates = [.. transmission.Mandates],
        RecordedAt = new DateTimeOffset(DateTime.SpecifyKind(transmission.RecordedAt, DateTimeKind.Utc)),
        UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(transmission.UpdatedAt, DateTimeKind.Utc)),
    };
}
