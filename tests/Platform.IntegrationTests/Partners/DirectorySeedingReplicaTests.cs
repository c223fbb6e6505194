using System.Collections.Concurrent;
using MassTransit;
using PartnerLiaison;
using PartnerLiaison.Persistence;
using PartnerLiaison.Seeding;
using Platform.Contracts.Partners;

namespace Platform.IntegrationTests.Partners;

/// <summary>
/// Two replicas of the partner-liaison service started at the same moment on one new PostgreSQL
/// database, as a first deployment with several would: both migrate and seed it at once.
/// </summary>
public sealed class DirectorySeedingReplicaTests(SharedRabbitMq rabbitMq, SharedPostgres postgres)
{
    [Fact]
    public async Task Two_replicas_starting_together_both_start_healthy_and_the_directory_is_seeded_once()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await postgres.Server.CreateDatabaseAsync(ct: cancellationToken);
        var virtualHost = await rabbitMq.Broker.CreateVirtualHostAsync(cancellationToken);
        var published = new PublishedMessages();
        var settings = new Dictionary<string, string?>(new TestTokens().Settings)
        {
            ["ConnectionStrings:rabbitmq"] = virtualHost,
            ["ConnectionStrings:database"] = database,
        };

        var replicas = new ConcurrentBag<IServiceHost>();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var starting = Enumerable.Range(1, 2).Select(replica => Task.Run(async () =>
        {
            await gate.Task;
            replicas.Add(ServiceHost<PartnerLiaisonService>.Start(
                $"{PlatformServices.PartnerLiaison}-{replica}", settings, services => services.AddPublishObserver(_ => published)));
        }, cancellationToken)).ToList();
        gate.SetResult();
        try
        {
            await Task.WhenAll(starting);
            foreach (var replica in replicas)
            {
                using var client = new HttpClient { BaseAddress = replica.Address };
                using var ready = await client.GetAsync("/health/ready", cancellationToken);
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            }

            var seeds = InitialDirectory.Organisations.Select(seed => seed.Id).ToHashSet();
            var announced = await Eventually.ReturnsAsync(
                () => Task.FromResult(published.MessagesOf<PartnerRegistered>().Where(p => seeds.Contains(p.Message.Partner.Id)).ToList()),
                registered => registered.Select(p => p.Message.Partner.Id).Distinct().Count() == seeds.Count,
                because: "every seeded partner to be announced");

            await using var scope = replicas.First().Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PartnerLiaisonDbContext>();
            var organisations = await db.Organisations.CountAsync(cancellationToken);
            var iomcMemberships = await db.Memberships.CountAsync(m => m.PartnerId == InitialDirectory.Iomc, cancellationToken);
            var coalitions = await db.Coalitions.CountAsync(c => c.Id == InitialDirectory.EWasteCoalition, cancellationToken);
            var announcementsPerPartner = announced.GroupBy(p => p.Message.Partner.Id).ToDictionary(g => g.Key, g => g.Select(p => p.MessageId).Distinct().Count());
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"seeds {seeds.Count}; organisations stored {organisations}; IOMC memberships {iomcMemberships}; e-waste coalitions {coalitions}; " +
                $"PartnerRegistered published {announced.Count} time(s) under {announced.Select(p => p.MessageId).Distinct().Count()} message id(s)");

            Assert.Equal(seeds.Count, organisations);
            Assert.Equal(1, iomcMemberships);
            Assert.Equal(1, coalitions);
            Assert.All(announcementsPerPartner, partner => Assert.Equal(1, partner.Value));
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }
}
