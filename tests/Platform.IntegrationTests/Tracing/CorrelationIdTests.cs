using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.IntegrationTests.Tracing;

/// <summary>The correlation ids the service behind the gateway was sent.</summary>
public sealed class ReceivedCorrelationIds : IStartupFilter
{
    public ConcurrentQueue<string> Values { get; } = new();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            Values.Enqueue(context.Request.Headers["X-Correlation-Id"].ToString());
            return following(context);
        });
        next(app);
    };
}

/// <summary>The correlation ids found in the logging scopes of the gateway's log lines.</summary>
public sealed class LoggedCorrelationIds : ILoggerProvider, ISupportExternalScope, ILogger
{
    private IExternalScopeProvider? _scopes;

    public ConcurrentQueue<string> Values { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => _scopes?.Push(state);

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _scopes?.ForEachScope((scope, values) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    if (key == "CorrelationId")
                    {
                        values.Enqueue(value.ToString() ?? "");
                    }
                }
            }
        }, Values);

    public void Dispose()
    {
    }
}

public sealed class CorrelationFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public ReceivedCorrelationIds AtBasel { get; } = new();

    public LoggedCorrelationIds AtGateway { get; } = new();

    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel];

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => (options with
        {
            GatewaySettings = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Microsoft.AspNetCore.Authorization"] = "Information",
            },
        })
        .Intercept(PlatformServices.Basel, AtBasel)
        .ConfigureHost("gateway", services => services.AddSingleton<ILoggerProvider>(AtGateway));
}

/// <summary>Every response through the gateway carries a correlation id, which the service and the logs see too.</summary>
public sealed class CorrelationIdTests(CorrelationFixture fixture) : IClassFixture<CorrelationFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Gateway_returns_a_trace_id_as_correlation_id_and_forwards_it()
    {
        using var client = Stack.Client(Stack.Tokens.For("reader", "reader"));

        using var response = await client.GetAsync("/api/basel/activities");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Contains(id, fixture.AtBasel.Values);
    }

    [Fact]
    public async Task Gateway_keeps_a_well_formed_correlation_id_the_client_sent()
    {
        using var client = Stack.Client(Stack.Tokens.For("reader", "reader"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/basel/activities");
        request.Headers.Add("X-Correlation-Id", "client-run-42");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("client-run-42", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
        Assert.Contains("client-run-42", fixture.AtBasel.Values);
    }

    [Fact]
    public async Task Gateway_replaces_a_malformed_correlation_id()
    {
        using var client = Stack.Client(Stack.Tokens.For("reader", "reader"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/basel/activities");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "evil id; with spaces " + new string('x', 80));

        using var response = await client.SendAsync(request);

        var id = Assert.Single(response.Headers.GetValues("X-Correlation-Id"));
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.DoesNotContain(fixture.AtBasel.Values, value => value.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refused_request_carries_a_correlation_id_that_the_gateway_logs()
    {
        using var client = Stack.Client(Stack.Tokens.For("reader", "reader"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/basel/activities")
        {
            Content = JsonContent.Create(ApiJson.ValidActivity()),
        };
        request.Headers.Add("X-Correlation-Id", "refused-write-7");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("refused-write-7", Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
        Assert.Contains("refused-write-7", fixture.AtGateway.Values);
        Assert.DoesNotContain("refused-write-7", fixture.AtBasel.Values);
    }
}
