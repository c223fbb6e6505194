namespace Platform.IntegrationTests.Security;

public sealed class AllServicesFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq);

/// <summary>
/// A valid token that carries none of the platform's roles (issued for something else) reads
/// nothing: the gateway refuses it, and so does every service called directly, since every
/// service's fallback policy asks for a platform role, not only a signed-in user.
/// </summary>
public sealed class PlatformRoleTests(AllServicesFixture fixture) : IClassFixture<AllServicesFixture>
{
    public static TheoryData<string, string> Reads => new()
    {
        { PlatformServices.Basel, "/api/basel/activities" },
        { PlatformServices.Rotterdam, "/api/rotterdam/decisions" },
        { PlatformServices.Stockholm, "/api/stockholm/mandates" },
        { PlatformServices.PartnerLiaison, "/api/partners/organisations" },
        { PlatformServices.Reporting, "/api/reports/activities" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_token_without_a_platform_role_is_refused_with_403_at_the_gateway_and_at_the_service(string service, string path)
    {
        foreach (var token in new[] { fixture.Stack.Tokens.For("no-roles"), fixture.Stack.Tokens.For("elsewhere", "billing-admin") })
        {
            using var viaGateway = fixture.Stack.Client(token);
            using var direct = fixture.Stack.Client(token, service);

            using var atGateway = await viaGateway.GetAsync(path);
            using var atService = await direct.GetAsync(path);

            Assert.Equal(HttpStatusCode.Forbidden, atGateway.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, atService.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task A_reader_reads_at_the_gateway_and_at_the_service(string service, string path)
    {
        var token = fixture.Stack.Tokens.For("reader", "reader");
        using var viaGateway = fixture.Stack.Client(token);
        using var direct = fixture.Stack.Client(token, service);

        using var atGateway = await viaGateway.GetAsync(path);
        using var atService = await direct.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, atGateway.StatusCode);
        Assert.Equal(HttpStatusCode.OK, atService.StatusCode);
    }
}
