using Platform.Contracts.Partners;

namespace PartnerLiaison.Transmissions;

public sealed record TransmissionDto(
    Guid Id,
    int Version,
    string RecipientId,
    DateOnly TransmittedOn,
    string Title,
    string Description,
    DateOnly? CoversFrom,
    DateOnly? CoversTo,
    IReadOnlyList<string> Conventions,
    IReadOnlyList<string> SdgTargets,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Mandates,
    DateTime RecordedAt,
    DateTime UpdatedAt)
{
    public static TransmissionDto From(Transmission transmission) => new(
        transmission.Id,
        transmission.Version,
        transmission.RecipientId,
        transmission.TransmittedOn,
        transmission.Title,
        transmission.Description,
        transmission.CoversFrom,
        transmission.CoversTo,
        transmission.Conventions,
        transmission.SdgTargets,
        transmission.Documents,
        transmission.Mandates,
        DateTime.SpecifyKind(transmission.RecordedAt, DateTimeKind.Utc),
        DateTime.SpecifyKind(transmission.UpdatedAt, DateTimeKind.Utc));
}

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
