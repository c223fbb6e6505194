using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// Signs tokens with the configured symmetric key. Only the gateway's development token endpoint
/// uses it; where an OpenID Connect authority is configured, tokens come from that authority.
/// </summary>
public sealed class TokenIssuer(PlatformJwtOptions options, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public bool CanIssue => string.IsNullOrWhiteSpace(options.Authority) && !string.IsNullOrWhiteSpace(options.SigningKey);

    public TimeSpan Lifetime => TimeSpan.FromMinutes(options.DevelopmentTokenLifetimeMinutes);

    public string Issue(string subject, IEnumerable<string> roles)
    {
        if (!CanIssue)
        {
            throw new InvalidOperationException("Tokens are issued by the configured authority, not by this process.");
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new(AuthenticationExtensions.SubjectClaim, subject) };
        claims.AddRange(roles.Select(role => new Claim(AuthenticationExtensions.RoleClaim, role)));

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(Lifetime),
            SigningCredentials = new SigningCredentials(KeyFrom(options.SigningKey!), SecurityAlgorithms.HmacSha256),
        });
    }

    internal static SymmetricSecurityKey KeyFrom(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey));
}
