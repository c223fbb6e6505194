using System.Collections.Concurrent;
using Basel;
using MassTransit;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Reporting;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// Two replicas of Basel on one PostgreSQL database and two of Reporting on another, as a
/// deployment scales them: both Basel relays work the one outbox, both Reporting replicas compete
/// for the one queue. What the broker carries is watched from a queue of the test's own.
/// </summary>
public sealed class ReplicaTests(SharedRabbitMq rabbitMq, SharedPostgres postgres, ITestOutputHelper output)
{
    private const int Activities = 2_000;

    /// <summary>The first activities are revised twice more, so that their versions have an order to keep.</summary>
    private const int Revised = 500;

    private const int Clients = 8;

    private static readonly string[] ActivityEvents =
        ["Platform.Contracts.Activities:ActivityRecorded", "Platform.Contracts.Activities:ActivityRevised"];

    [Fact]
    public async Task Activities_posted_across_two_replicas_arrive_once_in_version_order_when_one_replica_stops_mid_flow()
    {
        var ct = TestContext.Current.CancellationToken;
        var broker = await rabbitMq.Broker.CreateVirtualHostAsync(ct);
        var baselDatabase = await postgres.Server.CreateDatabaseAsync(ct: ct);
        var reportingDatabase = await postgres.Server.CreateDatabaseAsync(ct: ct);
        var tokens = new TestTokens();
        await using var carried = await CarriedEvents.WatchAsync(broker, ct);

        var baselSettings = Settings(tokens, broker, baselDatabase);
        var stuck = new StuckPublishes();
        var basel = new List<IServiceHost>
        {
            ServiceHost<BaselService>.Start("basel", baselSettings, services => services.AddPublishObserver(_ => stuck)),
            ServiceHost<BaselService>.Start("basel", baselSettings),
        };
        var reportingSettings = Settings(tokens, broker, reportingDatabase);
        reportingSettings["Reporting:Sources:basel"] = basel[1].Address.ToString();
        await using var reportingA = ServiceHost<ReportingService>.Start("reporting", reportingSettings);
        await using var reportingB = ServiceHost<ReportingService>.Start("reporting", reportingSettings);
        try
        {
            var token = tokens.For("basel-member", "basel-team");
            using var first = Client(basel[0], token);
            using var second = Client(basel[1], token);

            // The activities go to either replica. Then the first one's broker stops confirming,
            // so that its relay hangs in the middle of a batch it claimed, and it is stopped there;
            // the second takes every later request and relays what the first left.
            var ids = new Guid[Activities];
            await PostAsync(ids, 0, Activities / 2, index => index % 2 == 0 ? first : second, ct);
            stuck.Hold();
            await PostAsync(ids, Activities / 2, Activities * 3 / 4, index => index % 2 == 0 ? first : second, ct);
            await Eventually.TrueAsync(() => Task.FromResult(stuck.Held > 0), because: "the first replica's relay to be in the middle of a batch");
            var held = stuck.Held;
            var waiting = await PendingOutboxRowsAsync(basel[1], ct);
            await basel[0].DisposeAsync();
            basel.RemoveAt(0);
            await PostAsync(ids, Activities * 3 / 4, Activities, _ => second, ct);
            await ReviseAsync(ids, second, ct);

            var expected = ids.Select((id, index) => (id, version: index < Revised ? 3 : 1)).ToDictionary();
            var sent = expected.Values.Sum();
            await using var scope = reportingA.Services.CreateAsyncScope();
            var reporting = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            await Eventually.TrueAsync(
                async () => await reporting.InboxMessages.CountAsync(m => m.Endpoint.EndsWith("reporting-activity-events"), ct) >= sent,
                because: $"Reporting to have taken in the {sent} activity events", timeout: TimeSpan.FromMinutes(2));

            var inReporting = await reporting.Activities.AsNoTracking().ToDictionaryAsync(a => a.ActivityId, a => a.Version, ct);
            var applied = await reporting.InboxMessages.CountAsync(m => m.Endpoint.EndsWith("reporting-activity-events"), ct);
            var deliveries = carried.ByActivity();
            var lost = expected.Count(pair => inReporting.GetValueOrDefault(pair.Key) != pair.Value);
            var delivered = deliveries.Values.Sum(versions => versions.Count);
            output.WriteLine(
                $"sent {sent} events of {Activities} activities ({Revised} revised twice) across 2 Basel replicas; the first stopped while its relay " +
                $"held {held} unconfirmed publishes, with {waiting} outbox rows waiting; carried by the broker {delivered} (duplicates {delivered - sent}); " +
                $"arrived in Reporting {applied}, duplicates in effect {applied - sent}, activities held {inReporting.Count} of {Activities}, lost {lost}");

            Assert.Equal(0, lost);
            Assert.Equal(sent, delivered); // no row was relayed by both replicas
            Assert.Equal(Activities, inReporting.Count);
            Assert.Equal(sent, applied);
            foreach (var (id, version) in expected)
            {
                // A redelivered event may repeat, never come after a later version of its activity.
                var versions = deliveries[id];
                Assert.True(versions.SequenceEqual(versions.Order()), $"Activity {id} reached the broker as versions {string.Join(", ", versions)}.");
                Assert.Equal(Enumerable.Range(1, version), versions.Distinct());
            }
        }
        finally
        {
            foreach (var host in basel)
            {
                await host.DisposeAsync();
            }
        }
    }

    private static Dictionary<string, string?> Settings(TestTokens tokens, string broker, string database) =>
        new(tokens.Settings)
        {
            ["ConnectionStrings:rabbitmq"] = broker,
            ["ConnectionStrings:database"] = database,
        };

    private static HttpClient Client(IServiceHost host, string token)
    {
        var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Task PostAsync(Guid[] ids, int from, int to, Func<int, HttpClient> replica, CancellationToken ct) =>
        Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = Clients, CancellationToken = ct },
            async (index, _) =>
            {
                using var created = await replica(index).PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity($"Replicated activity {index}"));
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                ids[index] = Guid.Parse((await created.ReadJsonAsync()).GetProperty("id").GetString()!);
            });

    private static Task ReviseAsync(Guid[] ids, HttpClient replica, CancellationToken ct) =>
        Parallel.ForEachAsync(ids.Take(Revised), new ParallelOptions { MaxDegreeOfParallelism = Clients, CancellationToken = ct },
            async (id, _) =>
            {
                foreach (var version in new[] { 1, 2 })
                {
                    using var revised = await replica.PutAsJsonAsync(
                        $"/api/basel/activities/{id}", ApiJson.RevisedActivity($"Replicated activity, revision {version + 1}", version), JsonSerializerOptions.Web);
                    Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
                }
            });

    private static async Task<int> PendingOutboxRowsAsync(IServiceHost basel, CancellationToken ct)
    {
        await using var scope = basel.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().OutboxMessages.CountAsync(ct);
    }

    /// <summary>
    /// Once held, every publish of the replica it observes waits for a confirmation that never comes,
    /// until the publish gives up or the replica stops, as when its broker connection hangs.
    /// </summary>
    private sealed class StuckPublishes : IPublishObserver
    {
        private volatile bool _holding;
        private int _held;

        public int Held => Volatile.Read(ref _held);

        public void Hold() => _holding = true;

        public async Task PrePublish<T>(PublishContext<T> context) where T : class
        {
            if (_holding)
            {
                Interlocked.Increment(ref _held);
                await Task.Delay(Timeout.InfiniteTimeSpan, context.CancellationToken);
            }
        }

        public Task PostPublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

        public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }

    /// <summary>Every activity event the broker carries, in the order one queue of the test's own receives them.</summary>
    private sealed class CarriedEvents : IAsyncDisposable
    {
        private readonly ConcurrentQueue<(Guid Id, int Version)> _received = new();
        private IConnection? _connection;
        private IChannel? _channel;

        public static async Task<CarriedEvents> WatchAsync(string broker, CancellationToken ct)
        {
            var watched = new CarriedEvents();
            watched._connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync(ct);
            watched._channel = await watched._connection.CreateChannelAsync(cancellationToken: ct);
            var queue = (await watched._channel.QueueDeclareAsync("replica-test-carried", durable: false, exclusive: true, autoDelete: true, cancellationToken: ct)).QueueName;
            foreach (var exchange in ActivityEvents)
            {
                // Declared as the services declare them, so that it does not matter who comes first.
                await watched._channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, cancellationToken: ct);
                await watched._channel.QueueBindAsync(queue, exchange, routingKey: "", cancellationToken: ct);
            }

            var consumer = new AsyncEventingBasicConsumer(watched._channel);
            consumer.ReceivedAsync += (_, delivery) =>
            {
                var activity = JsonDocument.Parse(delivery.Body).RootElement.GetProperty("message").GetProperty("activity");
                watched._received.Enqueue((activity.GetProperty("id").GetGuid(), activity.GetProperty("version").GetInt32()));
                return Task.CompletedTask;
            };
            await watched._channel.BasicConsumeAsync(queue, autoAck: true, consumer, ct);
            return watched;
        }

        public Dictionary<Guid, List<int>> ByActivity() =>
            _received.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.Select(e => e.Version).ToList());

        public async ValueTask DisposeAsync()
        {
            if (_channel is not null)
            {
                await _channel.DisposeAsync();
            }

            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
        }
    }
}
