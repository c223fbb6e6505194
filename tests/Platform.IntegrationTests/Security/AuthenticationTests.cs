namespace Platform.IntegrationTests.Security;

public sealed class BaselAndReportingFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel, PlatformServices.Reporting];
}

/// <summary>Every <c>/api/**</c> call needs a valid bearer token, at the gateway and again at the service behind it.</summary>
public sealed class AuthenticationTests(BaselAndReportingFixture fixture) : IClassFixture<BaselAndReportingFixture>
{
    private PlatformStack Stack => fixture.Stack;

    public static TheoryData<string, string?> Refusals => new()
    {
        { "no token", null },
        { "expired token", "expired" },
        { "token signed with another key", "foreign" },
        { "not a token at all", "garbage" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Gateway_refuses_a_request_without_a_valid_token_with_401(string kind, string? token)
    {
        await AssertRefusedAsync(service: null, kind, token);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Service_called_directly_refuses_a_request_without_a_valid_token_with_401(string kind, string? token)
    {
        await AssertRefusedAsync(PlatformServices.Basel, kind, token);
        await AssertRefusedAsync(PlatformServices.Reporting, kind, token);
    }

    [Fact]
    public async Task Valid_token_is_accepted_at_the_gateway_and_at_the_service()
    {
        var token = Stack.Tokens.For("reader", "reader");
        using var viaGateway = Stack.Client(token);
        using var direct = Stack.Client(token, PlatformServices.Reporting);

        using var first = await viaGateway.GetAsync("/api/reports/activities");
        using var second = await direct.GetAsync("/api/reports/activities");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Reader_cannot_record_a_basel_activity()
    {
        using var client = Stack.Client(Stack.Tokens.For("reader", "reader"));
        var before = await BaselActivityCountAsync();

        using var response = await client.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await BaselActivityCountAsync());
    }

    private async Task AssertRefusedAsync(string? service, string kind, string? token)
    {
        var before = await BaselActivityCountAsync();
        using var client = Stack.Client(Token(token), service);

        var path = service == PlatformServices.Reporting ? "/api/reports/activities" : "/api/basel/activities";
        using var read = await client.GetAsync(path);
        using var write = await client.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity());

        Assert.True(read.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: read answered {(int)read.StatusCode}");
        Assert.True(write.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: write answered {(int)write.StatusCode}");
        Assert.Equal(before, await BaselActivityCountAsync());
    }

    private string? Token(string? kind) => kind switch
    {
        null => null,
        "expired" => Stack.Tokens.Expired("basel-member", "basel-team"),
        "foreign" => Stack.Tokens.SignedWithAnotherKey("basel-member", "basel-team"),
        "garbage" => "not.a.jwt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private async Task<int> BaselActivityCountAsync()
    {
        await using var scope = Stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().Activities.CountAsync();
    }
}
