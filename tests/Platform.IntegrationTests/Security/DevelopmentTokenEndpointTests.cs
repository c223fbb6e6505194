using Gateway;

namespace Platform.IntegrationTests.Security;

/// <summary>The development token endpoint exists only in the Development environment.</summary>
public sealed class DevelopmentTokenEndpointTests
{
    [Fact]
    public async Task Outside_development_the_gateway_answers_404_for_the_development_token_endpoint()
    {
        var tokens = new TestTokens();
        await using var gateway = ServiceHost<GatewayService>.Start("gateway", tokens.Settings, environment: "Production");
        using var client = new HttpClient { BaseAddress = gateway.Address };

        using var response = await client.PostJsonAsync("/api/auth/dev-token", new { subject = "ana", roles = new[] { "ops" } });
        using var api = await client.GetAsync("/api/basel/activities");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public void Outside_development_a_gateway_without_an_authority_or_a_signing_key_does_not_start()
    {
        var settings = new Dictionary<string, string?> { ["Authentication:Jwt:Audience"] = "brs-platform" };

        var failure = Record.Exception(() => ServiceHost<GatewayService>.Start("gateway", settings, environment: "Production"));

        Assert.NotNull(failure);
        Assert.Contains("Authentication:Jwt:Authority", failure.ToString(), StringComparison.Ordinal);
    }
}
