namespace PartnerLiaison.Coalitions;

/// <summary>
/// A named group of organisations, such as the e-waste coalition of BC-14/21 7. Its name and id
/// are its entry in the partner directory (kind <c>coalition</c>), so activities can name the
/// coalition as a partner; this record adds its members and whether it was established.
/// </summary>
public sealed class Coalition
{
    public required string Id { get; set; }

    public int Version { get; set; }

    /// <summary>Partner directory ids, in the order recorded.</summary>
    public List<string> Members { get; set; } = [];

    public bool Established { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public List<string> Mandates { get; set; } = [];

    public string Description { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }

    public static Coalition Record(string id, CoalitionDetails details, DateTime now)
    {
        var coalition = new Coalition { Id = id, CreatedAt = now };
        coalition.Apply(details, now);
        return coalition;
    }

    public void Apply(CoalitionDetails details, DateTime now)
    {
        Members = [.. details.Members];
        Established = details.Established;
        EstablishedOn = details.EstablishedOn;
        Mandates = [.. details.Mandates];
        Description = details.Description;
        Version++;
        UpdatedAt = now;
    }
}
