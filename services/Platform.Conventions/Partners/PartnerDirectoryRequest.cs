using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Contracts.Partners;

namespace Platform.Conventions.Partners;

/// <summary>
/// At start, asks the partner-liaison service to announce its directory, so that the replica
/// catches up on partners registered before this service's queue existed (a first deployment,
/// a new convention service). Sent through the outbox: it leaves once the broker is reachable.
/// </summary>
/// <remarks>
/// Every replica that starts asks, and that is harmless: the partner-liaison service announces
/// its directory once more, each partner at the version it has, and the replica (shared by the
/// service's replicas, in its database) drops a version it already holds. A rolling deployment
/// of N replicas costs N announcements, no change.
/// </remarks>
internal sealed class PartnerDirectoryRequest(IServiceScopeFactory scopes, ConventionProfile profile, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        outbox.Publish(new AnnouncePartnerDirectory { RequestedBy = profile.Name, RequestedAt = clock.GetUtcNow() });
        await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().SaveChangesAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
