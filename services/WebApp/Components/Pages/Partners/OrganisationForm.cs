namespace WebApp.Components.Pages.Partners;

/// <summary>What the liaison team types for a directory entry, and the bodies the API takes from it.</summary>
public sealed class OrganisationForm
{
    /// <summary>Only when registering: the id is chosen once and never changes.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Acronym { get; set; }

    public string? Kind { get; set; }

    public string? ParentId { get; set; }

    /// <summary>The version the form was filled from, sent back as <c>If-Match</c>.</summary>
    public int? Version { get; set; }

    public static readonly string[] Fields = ["id", "name", "acronym", "kind", "parentId"];

    public static OrganisationForm From(OrganisationDetails organisation) => new()
    {
        Name = organisation.Name,
        Acronym = organisation.Acronym,
        Kind = organisation.Kind,
        ParentId = organisation.ParentId,
        Version = organisation.Version,
    };

    /// <summary><c>POST /api/partners/organisations</c>.</summary>
    public object ToRegistration() => new { id = Id?.Trim(), name = Name, acronym = Blank(Acronym), kind = Kind, parentId = Blank(ParentId) };

    /// <summary><c>PUT /api/partners/organisations/{id}</c>: every field as it should be.</summary>
    public object ToEdit() => new { name = Name, acronym = Blank(Acronym), kind = Kind, parentId = Blank(ParentId) };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
