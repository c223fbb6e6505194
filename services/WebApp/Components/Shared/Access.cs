using System.Security.Claims;
using Platform.ServiceDefaults.Authentication;

namespace WebApp.Components.Shared;

/// <summary>
/// Which write controls a page shows the signed-in user. It mirrors the gateway's rule (each
/// team writes its own service, report compilers start runs) and decides nothing: a control
/// left out is a courtesy, the gateway and the service refuse the call anyway.
/// </summary>
public static class Access
{
    public static bool EditsPartners(this ClaimsPrincipal user) => user.HasClaim(AuthenticationExtensions.RoleClaim, PlatformRoles.LiaisonTeam);

    public static bool CompilesReports(this ClaimsPrincipal user) => user.HasClaim(AuthenticationExtensions.RoleClaim, PlatformRoles.ReportCompiler);

    public static IEnumerable<string> Roles(this ClaimsPrincipal user) =>
        user.FindAll(AuthenticationExtensions.RoleClaim).Select(claim => claim.Value);
}
