using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using WebApp.SignIn;

namespace WebApp.Gateway;

/// <summary>
/// The user a page or an endpoint acts for, and the access token the server keeps for them.
/// Inside a Razor component (prerendered or in a live circuit) the user comes from the
/// component's authentication state; in a plain endpoint, from the request.
/// </summary>
public sealed class SignedInUser(AuthenticationStateProvider authenticationState, IHttpContextAccessor http, SessionTokens tokens)
{
    private string? _token;

    public async Task<ClaimsPrincipal> PrincipalAsync()
    {
        try
        {
            return (await authenticationState.GetAuthenticationStateAsync()).User;
        }
        catch (InvalidOperationException)
        {
            // Not a component's scope: a minimal endpoint such as a document download.
            return http.HttpContext?.User ?? new ClaimsPrincipal(new ClaimsIdentity());
        }
    }

    public async Task<string?> AccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null)
        {
            return _token;
        }

        var session = (await PrincipalAsync()).FindFirst(SessionTokens.SessionClaim)?.Value;
        return _token = session is null ? null : await tokens.FindAsync(session, cancellationToken);
    }
}
