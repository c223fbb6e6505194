namespace PartnerLiaison.Transmissions;

/// <summary>
/// Information the Secretariat made available to a partner: under BC-14/21 6(a), what Parties
/// submitted that is relevant to the follow-up and review of the 2030 Agenda, sent to UNEP.
/// </summary>
public sealed class Transmission
{
    public Guid Id { get; set; }

    public int Version { get; set; }

    public required string RecipientId { get; set; }

    public DateOnly TransmittedOn { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = "";

    public DateOnly? CoversFrom { get; set; }

    public DateOnly? CoversTo { get; set; }

    public List<string> Conventions { get; set; } = [];

    public List<string> SdgTargets { get; set; } = [];

    public List<string> Documents { get; set; } = [];

    public List<string> Mandates { get; set; } = [];

    /// <summary>UTC.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public void Apply(TransmissionDetails details, DateTime now)
    {
        RecipientId = details.RecipientId;
        TransmittedOn = details.TransmittedOn;
        Title = details.Title;
        Description = details.Description;
        CoversFrom = details.CoversFrom;
        CoversTo = details.CoversTo;
        Conventions = [.. details.Conventions];
        SdgTargets = [.. details.SdgTargets];
        Documents = [.. details.Documents];
        Mandates = [.. details.Mandates];
        Version++;
        UpdatedAt = now;
    }
}
