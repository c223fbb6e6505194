using Platform.ServiceDefaults.Authentication;

namespace Platform.Conventions;

/// <summary>
/// What distinguishes one convention service from the other two: its name, the prefixes of its
/// decision and document symbols and where its API lives.
/// </summary>
public sealed record ConventionProfile(
    string Name,
    string DisplayName,
    string DecisionSymbolPrefix,
    string DocumentSymbolPrefix,
    string Role,
    bool AcceptsUnprefixedSymbols = false)
{
    public static ConventionProfile Basel { get; } = new(
        "basel", "Basel Convention", "BC", "UNEP/CHW", PlatformRoles.BaselTeam,
        // Basel's early COPs and its Open-ended Working Group number decisions without a prefix (IX/10, OEWG-IV/10).
        AcceptsUnprefixedSymbols: true);

    public static ConventionProfile Rotterdam { get; } = new(
        "rotterdam", "Rotterdam Convention", "RC", "UNEP/FAO/RC", PlatformRoles.RotterdamTeam);

    public static ConventionProfile Stockholm { get; } = new(
        "stockholm", "Stockholm Convention", "SC", "UNEP/POPS", PlatformRoles.StockholmTeam);

    /// <summary>The service's routes: <c>/api/basel</c>, <c>/api/rotterdam</c>, <c>/api/stockholm</c>.</summary>
    public string RoutePrefix => $"/api/{Name}";
}
