namespace Platform.ServiceDefaults.Authentication;

/// <summary>The roles a token may carry in its <c>roles</c> claim.</summary>
public static class PlatformRoles
{
    public const string BaselTeam = "basel-team";
    public const string RotterdamTeam = "rotterdam-team";
    public const string StockholmTeam = "stockholm-team";
    public const string LiaisonTeam = "liaison-team";
    public const string ReportCompiler = "report-compiler";
    public const string Ops = "ops";
    public const string Reader = "reader";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        BaselTeam, RotterdamTeam, StockholmTeam, LiaisonTeam, ReportCompiler, Ops, Reader,
    };
}
