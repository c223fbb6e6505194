using System.Net.Http.Headers;

namespace Platform.IntegrationTests.Security;

public sealed class TightRateLimitFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public const int PermitLimit = 3;

    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel];

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options with
    {
        GatewaySettings = new Dictionary<string, string?>
        {
            ["Gateway:RateLimit:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Gateway:RateLimit:WindowSeconds"] = "600",
        },
    };
}

/// <summary>One client over its rate is held back while the others are still served.</summary>
public sealed class GatewayRateLimitTests(TightRateLimitFixture fixture) : IClassFixture<TightRateLimitFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Client_over_its_rate_gets_429_with_retry_after_while_another_client_is_served()
    {
        using var noisy = Stack.Client(Stack.Tokens.For("noisy-member", "basel-team"));
        using var quiet = Stack.Client(Stack.Tokens.For("quiet-member", "basel-team"));
        for (var i = 0; i < TightRateLimitFixture.PermitLimit; i++)
        {
            using var allowed = await noisy.GetAsync("/api/basel/activities");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var before = await BaselActivityCountAsync(Stack);
        using var refused = await noisy.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(600));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await refused.ReadJsonAsync()).GetProperty("status").GetInt32());
        Assert.Equal(before, await BaselActivityCountAsync(Stack));

        using var served = await quiet.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity());
        Assert.Equal(HttpStatusCode.Created, served.StatusCode);
        Assert.Equal(before + 1, await BaselActivityCountAsync(Stack));
    }

    internal static async Task<int> BaselActivityCountAsync(PlatformStack stack)
    {
        await using var scope = stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().Activities.CountAsync();
    }
}

public sealed class BaselOnlyFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel];
}

/// <summary>Request bodies are bounded per route (JSON 256 KiB, decision texts 1 MiB, what the service itself accepts) and headers by count.</summary>
public sealed class GatewaySizeLimitTests(BaselOnlyFixture fixture) : IClassFixture<BaselOnlyFixture>
{
    private const int JsonLimit = 256 * 1024;
    private const int DecisionLimit = 1024 * 1024;

    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Json_body_one_byte_over_its_route_limit_is_refused_with_413()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
        var before = await GatewayRateLimitTests.BaselActivityCountAsync(Stack);

        using var over = await client.PostAsync("/api/basel/activities", JsonOfLength(JsonLimit + 1));
        using var atLimit = await client.PostAsync("/api/basel/activities", JsonOfLength(JsonLimit));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        // At the limit the body reaches Basel, which reads it and refuses the over-long title by name.
        Assert.Equal(HttpStatusCode.BadRequest, atLimit.StatusCode);
        Assert.Contains("title", (await atLimit.ReadJsonAsync()).ErrorFields());
        Assert.Equal(before, await GatewayRateLimitTests.BaselActivityCountAsync(Stack));
    }

    [Fact]
    public async Task Decision_text_may_be_larger_than_json_but_one_byte_over_its_limit_is_refused_with_413()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
        var before = await DecisionCountAsync();

        using var over = await client.PostAsync("/api/basel/decisions", TextOfLength(DecisionLimit + 1));
        using var overJsonLimit = await client.PostAsync("/api/basel/decisions", TextOfLength(JsonLimit + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        // Over the JSON limit but under the decision limit, the text reaches Basel's parser, which names what is missing.
        Assert.Equal(HttpStatusCode.BadRequest, overJsonLimit.StatusCode);
        Assert.Contains("symbol", (await overJsonLimit.ReadJsonAsync()).ErrorFields());
        Assert.Equal(before, await DecisionCountAsync());
    }

    [Fact]
    public async Task Request_with_101_headers_is_refused_with_431()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
        var before = await GatewayRateLimitTests.BaselActivityCountAsync(Stack);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/basel/activities")
        {
            Content = JsonContent(ApiJsonText()),
        };
        for (var i = 0; i < 101; i++)
        {
            request.Headers.TryAddWithoutValidation($"X-Extra-{i}", "1");
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal(before, await GatewayRateLimitTests.BaselActivityCountAsync(Stack));
    }

    private static string ApiJsonText() =>
        System.Text.Json.JsonSerializer.Serialize(ApiJson.ValidActivity(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));

    private static ByteArrayContent JsonOfLength(int length)
    {
        const string start = "{\"title\":\"";
        const string end = "\"}";
        return JsonContent(start + new string('a', length - start.Length - end.Length) + end);
    }

    private static ByteArrayContent JsonContent(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static ByteArrayContent TextOfLength(int length)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(new string('x', length)));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return content;
    }

    private async Task<int> DecisionCountAsync()
    {
        await using var scope = Stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().Decisions.CountAsync();
    }
}
