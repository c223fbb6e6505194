using MassTransit;
using Platform.Contracts.Partners;
using Platform.IntegrationTests.Partners;

namespace Platform.IntegrationTests.Conventions;

/// <summary>
/// The three convention services and Reporting behind the gateway, on one virtual host, with
/// every message each convention service publishes recorded.
/// </summary>
public sealed class ConventionsFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    private DecisionImports? _decisions;

    protected override IReadOnlyCollection<string> Services =>
        [PlatformServices.Basel, PlatformServices.Rotterdam, PlatformServices.Stockholm, PlatformServices.Reporting];

    protected override PlatformStackOptions Customize(PlatformStackOptions options) =>
        new[] { PlatformServices.Basel, PlatformServices.Rotterdam, PlatformServices.Stockholm }.Aggregate(options, (configured, convention) =>
            configured.ConfigureHost(convention, services =>
            {
                services.AddSingleton<PublishedMessages>();
                services.AddPublishObserver(provider => provider.GetRequiredService<PublishedMessages>());
            }));

    /// <summary>A team member's client, through the gateway or (<see cref="AtOnce.Service"/>) straight at the convention's service.</summary>
    public HttpClient Team(string convention, string route = AtOnce.Gateway) =>
        Stack.Client(Stack.Tokens.For($"{convention}-member", $"{convention}-team"), route == AtOnce.Service ? convention : null);

    /// <summary>What a convention service has published, once its outbox is relayed: nothing stored is still to come.</summary>
    public async Task<PublishedMessages> PublishedAsync(string convention)
    {
        await using var scope = Stack.Service(convention).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConventionDbContext>();
        await Eventually.TrueAsync(async () => !await db.OutboxMessages.AnyAsync(), because: $"{convention}'s outbox to be relayed");
        return Stack.Service(convention).Services.GetRequiredService<PublishedMessages>();
    }

    public HttpClient Reader() => Stack.Client(Stack.Tokens.For("reader", "reader"));

    /// <summary>Imports a decision text into a convention service: 201 the first time, 200 when the same text comes again.</summary>
    public Task<JsonElement> ImportAsync(string convention, string text, string? symbol = null, string? title = null) =>
        (_decisions ??= new DecisionImports(c => Team(c))).ImportAsync(convention, text, symbol, title);

    /// <summary>
    /// Puts a partner into the convention services' replicas the way the partner-liaison service
    /// does: by publishing the directory event on the bus.
    /// </summary>
    public async Task PublishPartnerAsync(string id, int version, bool retired = false)
    {
        var bus = Stack.Service(PlatformServices.Basel).Services.GetRequiredService<IBus>();
        var partner = new PartnerSnapshot { Id = id, Version = version, Name = $"Partner {id}", Kind = "un-entity", Retired = retired };
        if (version == 1)
        {
            await bus.Publish(new PartnerRegistered { Partner = partner });
        }
        else
        {
            await bus.Publish(new PartnerChanged { Partner = partner });
        }
    }
}
