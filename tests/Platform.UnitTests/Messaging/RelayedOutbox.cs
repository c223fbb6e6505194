using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Messaging.Outbox;
using Platform.ServiceDefaults.Persistence;

namespace Platform.UnitTests.Messaging;

/// <summary>An event the relay tests store and publish; its number tells the publishes apart.</summary>
public record NumberedEvent(int Number);

/// <summary>A numbered event about one item, whose events the relay keeps in stored order.</summary>
public sealed record NumberedItemEvent(int Number, string Item) : NumberedEvent(Number), Platform.Contracts.IItemEvent
{
    string Platform.Contracts.IItemEvent.ItemKey => Item;
}

/// <summary>
/// An outbox relay over a SQLite store of its own and a <see cref="FakeBroker"/>, so that a test
/// decides which publish the broker confirms.
/// </summary>
internal sealed class RelayedOutbox : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outbox-relay-tests-").FullName;
    private readonly ServiceProvider _services;

    public RelayedOutbox(FakeBroker broker, OutboxOptions? options = null)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "outbox.db"), Pooling = false }.ToString();
        _services = new ServiceCollection()
            .AddDbContext<OutboxOnlyDbContext>(db => db.UseSqlite(connectionString))
            .AddScoped<ServiceDbContext>(services => services.GetRequiredService<OutboxOnlyDbContext>())
            .BuildServiceProvider();
        Relay = new OutboxRelay(
            _services.GetRequiredService<IServiceScopeFactory>(), broker.Bus, new OutboxSignal(),
            Options.Create(options ?? new OutboxOptions()), NullLogger<OutboxRelay>.Instance);
    }

    public OutboxRelay Relay { get; }

    public Task StoreAsync(int count) => StoreAsync(Enumerable.Range(1, count).Select(number => new NumberedEvent(number)));

    public async Task StoreAsync(IEnumerable<NumberedEvent> events)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxOnlyDbContext>();
        await db.Database.EnsureCreatedAsync();
        var outbox = new Outbox(db, TimeProvider.System);
        foreach (var message in events)
        {
            outbox.Publish(message);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>The numbers of the events still waiting in the outbox, in stored order.</summary>
    public async Task<IReadOnlyList<int>> PendingAsync()
    {
        var rows = await PendingRowsAsync();
        return [.. rows.Select(row => System.Text.Json.JsonSerializer.Deserialize<NumberedEvent>(row.Body, OutboxSerialization.Options)!.Number)];
    }

    public async Task<IReadOnlyList<OutboxMessage>> PendingRowsAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxOnlyDbContext>().OutboxMessages.AsNoTracking()
            .OrderBy(row => row.Sequence).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class OutboxOnlyDbContext(DbContextOptions<OutboxOnlyDbContext> options) : ServiceDbContext(options);
}
