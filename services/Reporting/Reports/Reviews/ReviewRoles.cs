using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace Reporting.Reports.Reviews;

/// <summary>Who takes which part in a review: the compiler edits, submits and issues; each convention's team reviews for its convention alone.</summary>
public static class ReviewRoles
{
    public static string TeamOf(string convention) => convention switch
    {
        "basel" => PlatformRoles.BaselTeam,
        "rotterdam" => PlatformRoles.RotterdamTeam,
        "stockholm" => PlatformRoles.StockholmTeam,
        _ => throw new ArgumentOutOfRangeException(nameof(convention), convention, "Not one of the three conventions."),
    };

    public static bool ReviewsFor(this ClaimsPrincipal user, string convention) =>
        user.HasClaim(AuthenticationExtensions.RoleClaim, TeamOf(convention));

    /// <summary>The token's subject, as the history names the person.</summary>
    public static string Who(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
}
