using Platform.IntegrationTests.Hosting;
using Platform.Testing;

namespace Platform.IntegrationTests.Http;

/// <summary>
/// A convention service and the partner-liaison service behind the gateway: between them every
/// versioned resource and every list the platform's HTTP conventions cover. The three convention
/// deployables host one library, so Basel stands for all three.
/// </summary>
public sealed class HttpConventionsFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel, PlatformServices.PartnerLiaison];

    public HttpClient BaselTeam() => Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));

    public HttpClient LiaisonTeam() => Stack.Client(Stack.Tokens.For("liaison-officer", "liaison-team"));

    public HttpClient Reader() => Stack.Client(Stack.Tokens.For("reader", "reader"));
}
