using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.IdentityModel.JsonWebTokens;
using Platform.ServiceDefaults.Authentication;

namespace WebApp.SignIn;

/// <summary>
/// The principal a browser's cookie holds: who the access token says the user is (its subject
/// and platform roles) and the session that keeps the token on the server. The roles only
/// decide which controls a page shows; the gateway and the services check the token itself.
/// </summary>
public static class SignedInPrincipal
{
    public static ClaimsPrincipal From(string accessToken, string session, string? displayName = null)
    {
        var token = new JsonWebToken(accessToken);
        var subject = token.Subject is { Length: > 0 } sub ? sub : throw new InvalidOperationException("The access token names no subject.");
        var claims = new List<Claim>
        {
            new(AuthenticationExtensions.SubjectClaim, subject),
            new(NameClaim, string.IsNullOrWhiteSpace(displayName) ? subject : displayName),
            new(SessionTokens.SessionClaim, session),
        };
        claims.AddRange(token.Claims
            .Where(claim => claim.Type == AuthenticationExtensions.RoleClaim && PlatformRoles.All.Contains(claim.Value))
            .Select(claim => new Claim(AuthenticationExtensions.RoleClaim, claim.Value)));
        return new ClaimsPrincipal(new ClaimsIdentity(
            claims, CookieAuthenticationDefaults.AuthenticationScheme, NameClaim, AuthenticationExtensions.RoleClaim));
    }

    /// <summary>When the access token stops being accepted: the cookie ends with it.</summary>
    public static DateTimeOffset ExpiresAt(string accessToken) => new JsonWebToken(accessToken).ValidTo is var validTo && validTo > DateTime.MinValue
        ? new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc))
        : DateTimeOffset.UtcNow.AddHours(1);

    public const string NameClaim = "name";
}
