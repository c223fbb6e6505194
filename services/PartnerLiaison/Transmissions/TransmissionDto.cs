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
