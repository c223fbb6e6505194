using MassTransit;
using PartnerLiaison.Persistence;

namespace Platform.IntegrationTests.Partners;

/// <summary>
/// The partner-liaison service behind the gateway, with every message it publishes recorded, so
/// a test can check what the other services were told.
/// </summary>
public sealed class PartnerLiaisonFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    protected override IReadOnlyCollection<string> Services => [PlatformServices.PartnerLiaison];

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options with
    {
        ConfigureServices = (service, services) =>
        {
            if (service == PlatformServices.PartnerLiaison)
            {
                services.AddSingleton<PublishedMessages>();
                services.AddPublishObserver(provider => provider.GetRequiredService<PublishedMessages>());
            }
        },
    };

    public IServiceHost Service => Stack.Service(PlatformServices.PartnerLiaison);

    public PublishedMessages Published => Service.Services.GetRequiredService<PublishedMessages>();

    /// <summary>A liaison officer's client, through the gateway or (<see cref="AtOnce.Service"/>) straight at the service.</summary>
    public HttpClient LiaisonTeam(string route = AtOnce.Gateway) => Stack.Client(
        Stack.Tokens.For("liaison-officer", "liaison-team"), route == AtOnce.Service ? PlatformServices.PartnerLiaison : null);

    /// <summary>What the service has published, once its outbox is relayed: nothing stored is still to come.</summary>
    public async Task<PublishedMessages> PublishedAsync()
    {
        await using var scope = Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerLiaisonDbContext>();
        await Eventually.TrueAsync(async () => !await db.OutboxMessages.AnyAsync(), because: "the outbox to be relayed");
        return Published;
    }

    public HttpClient Reader() => Stack.Client(Stack.Tokens.For("reader", "reader"));

    public IBus Bus => Service.Services.GetRequiredService<IBus>();

    /// <summary>
    /// Everything the service stores and has published, as ids and versions, once the outbox is
    /// drained: equal before and after a refused request when that request changed nothing.
    /// </summary>
    public async Task<string> StoredStateAsync()
    {
        await using var scope = Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerLiaisonDbContext>();
        await Eventually.TrueAsync(async () => !await db.OutboxMessages.AnyAsync(), because: "the outbox to be relayed");
        var state = new StringBuilder();
        foreach (var o in await db.Organisations.OrderBy(o => o.Id).ToListAsync())
        {
            state.Append($"organisation {o.Id} v{o.Version} retired={o.Retired};");
        }

        state.Append($"revisions {await db.OrganisationRevisions.CountAsync()};");
        foreach (var m in await db.Memberships.OrderBy(m => m.Id).ToListAsync())
        {
            state.Append($"membership {m.Id} v{m.Version} {m.Status} steps={m.History.Count};");
        }

        foreach (var c in await db.Coalitions.OrderBy(c => c.Id).ToListAsync())
        {
            state.Append($"coalition {c.Id} v{c.Version};");
        }

        state.Append($"engagements {string.Join(",", await db.Engagements.OrderBy(e => e.Id).Select(e => e.Version).ToListAsync())};");
        state.Append($"transmissions {string.Join(",", await db.Transmissions.OrderBy(t => t.Id).Select(t => t.Version).ToListAsync())};");
        state.Append($"published {Published.Count};");
        return state.ToString();
    }
}

[CollectionDefinition(nameof(PartnerLiaisonCollection))]
public sealed class PartnerLiaisonCollection : ICollectionFixture<PartnerLiaisonFixture>;
