using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace WebApp.Components.Shared;

/// <summary>One of the three conventions as the pages name it: its path segment, its name, its team.</summary>
public sealed record Convention(string Key, string Name, string SymbolPrefix, string TeamRole)
{
    public static readonly Convention Basel = new("basel", "Basel", "BC", PlatformRoles.BaselTeam);
    public static readonly Convention Rotterdam = new("rotterdam", "Rotterdam", "RC", PlatformRoles.RotterdamTeam);
    public static readonly Convention Stockholm = new("stockholm", "Stockholm", "SC", PlatformRoles.StockholmTeam);

    public static IReadOnlyList<Convention> All { get; } = [Basel, Rotterdam, Stockholm];

    /// <summary>The convention a path segment names, or null (the page then answers not found).</summary>
    public static Convention? Find(string? key) =>
        All.FirstOrDefault(convention => string.Equals(convention.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The gateway path of this convention's API: <c>/api/basel</c> + <paramref name="path"/>.</summary>
    public string Api(string path) => $"/api/{Key}{path}";

    /// <summary>Whether <paramref name="user"/> may change this convention's records (the service checks again).</summary>
    public bool IsWrittenBy(ClaimsPrincipal user) => user.HasClaim(AuthenticationExtensions.RoleClaim, TeamRole);

    /// <summary>The conventions whose team <paramref name="user"/> is in.</summary>
    public static IEnumerable<Convention> TeamsOf(ClaimsPrincipal user) => All.Where(convention => convention.IsWrittenBy(user));
}
