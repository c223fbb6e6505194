using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.IntegrationTests.Hosting;

/// <summary>
/// The token settings of one test platform (a random key per run) and tokens made with them:
/// valid ones, and the kinds a gateway and a service must refuse.
/// </summary>
public sealed class TestTokens
{
    public string Issuer { get; } = "https://tests.brs-platform.local/issuer";

    public string Audience { get; } = "brs-platform-tests";

    public string SigningKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public string For(string subject, params string[] roles) =>
        Create(subject, roles, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30), SigningKey);

    public string Expired(string subject, params string[] roles) =>
        Create(subject, roles, DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddMinutes(-10), SigningKey);

    public string SignedWithAnotherKey(string subject, params string[] roles) =>
        Create(subject, roles, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(30),
            Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Authentication:Jwt:Issuer"] = Issuer,
        ["Authentication:Jwt:Audience"] = Audience,
        ["Authentication:Jwt:SigningKey"] = SigningKey,
    };

    private string Create(string subject, string[] roles, DateTime notBefore, DateTime expires, string key)
    {
        var claims = new List<Claim> { new("sub", subject) };
        claims.AddRange(roles.Select(role => new Claim("roles", role)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
