using PartnerLiaison.Coalitions;
using PartnerLiaison.Memberships;

namespace PartnerLiaison.Seeding;

/// <summary>
/// The partners decision BC-14/21 names (identical decisions RC-9 and SC-9 name the same), the
/// participating organisations of IOMC under IOMC, the e-waste coalition of paragraph 7 with its
/// intended members, and the Secretariat's observer standing at IOMC (paragraphs 6(e) and 8).
/// </summary>
public static class InitialDirectory
{
    public const string Iomc = "iomc";
    public const string EWasteCoalition = "e-waste-coalition";
    public const string Secretariat = "brs-secretariat";

    public static IReadOnlyList<(string Id, OrganisationDetails Details)> Organisations { get; } =
    [
        // Umbrellas first: their participating organisations point to them.
        (Iomc, new("Inter-Organization Programme for the Sound Management of Chemicals", "IOMC", OrganisationKinds.Programme, null)),
        ("unep", new("United Nations Environment Programme", "UNEP", OrganisationKinds.Programme, Iomc)),
        ("undesa-statistics", new("Statistics Division of the Department of Economic and Social Affairs of the United Nations Secretariat", "UNSD", OrganisationKinds.UnEntity, null)),
        ("saicm", new("Secretariat of the Strategic Approach to International Chemicals Management", "SAICM", OrganisationKinds.Other, null)),
        ("minamata", new("Secretariat of the Minamata Convention on Mercury", null, OrganisationKinds.ConventionSecretariat, null)),
        (Secretariat, new("Secretariat of the Basel, Rotterdam and Stockholm conventions", "BRS", OrganisationKinds.ConventionSecretariat, null)),
        (EWasteCoalition, new("E-waste Coalition", null, OrganisationKinds.Coalition, null)),
        ("fao", new("Food and Agriculture Organization of the United Nations", "FAO", OrganisationKinds.UnEntity, Iomc)),
        ("ilo", new("International Labour Organization", "ILO", OrganisationKinds.UnEntity, Iomc)),
        ("undp", new("United Nations Development Programme", "UNDP", OrganisationKinds.Programme, Iomc)),
        ("unido", new("United Nations Industrial Development Organization", "UNIDO", OrganisationKinds.UnEntity, Iomc)),
        ("unitar", new("United Nations Institute for Training and Research", "UNITAR", OrganisationKinds.UnEntity, Iomc)),
        ("who", new("World Health Organization", "WHO", OrganisationKinds.UnEntity, Iomc)),
        ("world-bank", new("World Bank", null, OrganisationKinds.UnEntity, Iomc)),
        ("oecd", new("Organisation for Economic Co-operation and Development", "OECD", OrganisationKinds.Other, Iomc)),
        ("itu", new("International Telecommunication Union", "ITU", OrganisationKinds.UnEntity, null)),
        ("itc", new("International Trade Centre", "ITC", OrganisationKinds.UnEntity, null)),
        ("unu", new("United Nations University", "UNU", OrganisationKinds.UnEntity, null)),
        ("un-habitat", new("United Nations Human Settlements Programme", "UN-Habitat", OrganisationKinds.Programme, null)),
    ];

    /// <summary>BC-14/21 7 notes the intention to establish it; the liaison team records when it is.</summary>
    public static CoalitionDetails EWaste { get; } = new(
        ["ilo", "itu", "itc", "unep", "unido", "unitar", "unu", "un-habitat", "who", Secretariat],
        Established: false,
        EstablishedOn: null,
        ["BC-14/21 7"],
        "A framework for coordination and collaboration on United Nations system-wide support for e-waste management.");

    public static MembershipStep IomcStanding { get; } = new(
        MembershipStatus.Observer,
        On: null,
        ["BC-14/21 6(e)", "BC-14/21 8"],
        "Observer, upon invitation, at relevant IOMC meetings (6(e)); IOMC's participating organisations are invited to consider inviting the conventions to become members (8).",
        Author: null);
}
