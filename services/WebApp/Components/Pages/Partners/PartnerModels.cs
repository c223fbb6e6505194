namespace WebApp.Components.Pages.Partners;

/// <summary>A directory entry as <c>GET /api/partners/organisations</c> lists it.</summary>
public sealed record Organisation(
    string Id,
    int Version,
    string Name,
    string? Acronym,
    string Kind,
    string? ParentId,
    bool Retired,
    DateTime RegisteredAt,
    DateTime UpdatedAt,
    DateTime? RetiredAt);

/// <summary>Another entry named from this one, with what a reader needs to recognise it.</summary>
public sealed record OrganisationReference(string Id, string Name, string? Acronym, string Kind, bool Retired);

/// <summary><c>GET /api/partners/organisations/{id}</c>: one entry with its umbrella, its participating organisations and the ids of its coalitions.</summary>
public sealed record OrganisationDetails(
    string Id,
    int Version,
    string Name,
    string? Acronym,
    string Kind,
    string? ParentId,
    OrganisationReference? Parent,
    bool Retired,
    DateTime RegisteredAt,
    DateTime UpdatedAt,
    DateTime? RetiredAt,
    IReadOnlyList<OrganisationReference> ParticipatingOrganisations,
    IReadOnlyList<string> Coalitions);

/// <summary>The Secretariat's standing with a body (<c>/api/partners/memberships</c>), with every step it went through.</summary>
public sealed record Membership(
    Guid Id,
    int Version,
    string PartnerId,
    string Status,
    IReadOnlyList<string> NextStatuses,
    DateOnly? StartedOn,
    DateOnly? EndedOn,
    IReadOnlyList<string> Mandates,
    IReadOnlyList<MembershipStep> History,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public sealed record MembershipStep(string Status, DateOnly? On, IReadOnlyList<string> Mandates, string Note, DateTime RecordedAt, string RecordedBy);

/// <summary>A coalition (<c>/api/partners/coalitions/{id}</c>) and its members.</summary>
public sealed record Coalition(
    string Id,
    int Version,
    string Name,
    string? Acronym,
    bool Retired,
    IReadOnlyList<OrganisationReference> Members,
    bool Established,
    DateOnly? EstablishedOn,
    IReadOnlyList<string> Mandates,
    string Description,
    DateTime CreatedAt,
    DateTime UpdatedAt);

/// <summary>A meeting, communication, agreement or joint work with partners (<c>/api/partners/engagements</c>).</summary>
public sealed record Engagement(
    Guid Id,
    int Version,
    string Kind,
    string Title,
    string Description,
    string? Participation,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Conventions,
    IReadOnlyList<Guid> Activities,
    IReadOnlyList<string> Mandates,
    bool Withdrawn,
    DateTime RecordedAt,
    DateTime UpdatedAt);

/// <summary>What was made available to UNEP or another partner (<c>/api/partners/transmissions</c>).</summary>
public sealed record Transmission(
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
    DateTime UpdatedAt);

/// <summary>A convention activity that names the partner, as partner-liaison learnt it from the activity events (<c>/organisations/{id}/activities</c>).</summary>
public sealed record PartnerActivity(
    Guid Id,
    string Convention,
    IReadOnlyList<string> Conventions,
    int Version,
    string Title,
    string Type,
    string Status,
    DateOnly Start,
    DateOnly? End,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Mandates);
