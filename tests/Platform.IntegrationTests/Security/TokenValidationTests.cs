using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.IntegrationTests.Security;

/// <summary>
/// Tokens made by hand to break one check at a time (lifetime past the 30 s skew, no signature
/// algorithm, another issuer, another audience): 401 at the gateway and directly at a service.
/// </summary>
public sealed class TokenValidationTests(BaselAndReportingFixture fixture) : IClassFixture<BaselAndReportingFixture>
{
    private PlatformStack Stack => fixture.Stack;

    public static TheoryData<string> Refusals => new(
        "expired 40 s ago", "alg none", "wrong issuer", "wrong audience");

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Gateway_refuses_the_token_with_401_and_nothing_changes(string kind)
    {
        await AssertRefusedAsync(service: null, Token(kind));
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Service_called_directly_refuses_the_token_with_401_and_nothing_changes(string kind)
    {
        await AssertRefusedAsync(PlatformServices.Basel, Token(kind));
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_still_accepted()
    {
        var token = Signed(expires: DateTime.UtcNow.AddSeconds(-10));
        using var viaGateway = Stack.Client(token);
        using var direct = Stack.Client(token, PlatformServices.Basel);

        using var first = await viaGateway.GetAsync("/api/basel/activities");
        using var second = await direct.GetAsync("/api/basel/activities");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    private async Task AssertRefusedAsync(string? service, string token)
    {
        var before = await BaselActivityCountAsync();
        using var client = Stack.Client(token, service);

        using var read = await client.GetAsync("/api/basel/activities");
        using var write = await client.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity());

        Assert.Equal(HttpStatusCode.Unauthorized, read.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal(before, await BaselActivityCountAsync());
    }

    private string Token(string kind) => kind switch
    {
        "expired 40 s ago" => Signed(expires: DateTime.UtcNow.AddSeconds(-40)),
        "alg none" => Unsigned(),
        "wrong issuer" => Signed(issuer: "https://someone-else.example/issuer"),
        "wrong audience" => Signed(audience: "another-platform"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private string Signed(DateTime? expires = null, string? issuer = null, string? audience = null)
    {
        var end = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Stack.Tokens.Issuer,
            Audience = audience ?? Stack.Tokens.Audience,
            Subject = new ClaimsIdentity([new Claim("sub", "basel-member"), new Claim("roles", "basel-team")]),
            IssuedAt = end.AddMinutes(-30),
            NotBefore = end.AddMinutes(-30),
            Expires = end,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Stack.Tokens.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>A well-formed token whose header says it needs no signature, with none after the last dot.</summary>
    private string Unsigned()
    {
        var now = DateTimeOffset.UtcNow;
        var header = """{"alg":"none","typ":"JWT"}""";
        var payload = $$"""
            {"sub":"basel-member","roles":["basel-team"],"iss":"{{Stack.Tokens.Issuer}}","aud":"{{Stack.Tokens.Audience}}","iat":{{now.AddMinutes(-1).ToUnixTimeSeconds()}},"nbf":{{now.AddMinutes(-1).ToUnixTimeSeconds()}},"exp":{{now.AddMinutes(30).ToUnixTimeSeconds()}}}
            """;
        return $"{Base64UrlEncoder.Encode(header)}.{Base64UrlEncoder.Encode(payload)}.";
    }

    private async Task<int> BaselActivityCountAsync()
    {
        await using var scope = Stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().Activities.CountAsync();
    }
}
