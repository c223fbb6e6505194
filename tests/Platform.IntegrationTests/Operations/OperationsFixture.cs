using MassTransit;
using Platform.IntegrationTests.Partners;
using Platform.IntegrationTests.Security;

namespace Platform.IntegrationTests.Operations;

/// <summary>
/// Basel and Reporting behind the gateway, with a read model that can be made to refuse an
/// activity, a record of the messages Basel published, and a count of the <c>/ops</c> calls
/// that reach Reporting.
/// </summary>
public sealed class OperationsFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public RefusedActivityWrites Refused { get; } = new();

    public PublishedMessages PublishedByBasel { get; } = new();

    public ArrivedRequests OpsCallsAtReporting { get; } = new("/ops");

    public string OpsToken => Stack.Tokens.For("operator", "ops");

    /// <summary>The virtual host of the shared broker this stack runs on (an amqp URI).</summary>
    public string Broker { get; private set; } = "";

    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel, PlatformServices.Reporting];

    protected override PlatformStackOptions Customize(PlatformStackOptions options)
    {
        Broker = options.RabbitMq;
        return options
            .ConfigureHost(PlatformServices.Basel, services => services.AddPublishObserver(_ => PublishedByBasel))
            .ConfigureHost(PlatformServices.Reporting, services =>
                services.ConfigureDbContext<SqliteReportingDbContext>(database => database.AddInterceptors(Refused)))
            .Intercept(PlatformServices.Reporting, OpsCallsAtReporting);
    }
}
