namespace PartnerLiaison.Organisations;

/// <summary>What kind of body a partner is.</summary>
public static class OrganisationKinds
{
    public const string UnEntity = "un-entity";
    public const string Programme = "programme";
    public const string ConventionSecretariat = "convention-secretariat";
    public const string Coalition = "coalition";
    public const string RegionalCentre = "regional-centre";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [UnEntity, Programme, ConventionSecretariat, Coalition, RegionalCentre, Other];
}
