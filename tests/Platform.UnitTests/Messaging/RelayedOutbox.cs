using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Messaging.Outbox;
using Platform.ServiceDefaults.Persistence;

namespace Platform.UnitTests.Messaging;

/// <summary>An event the relay tests store and publish; its number tells the publishes apart.</summary>
public sealed record NumberedEvent(int Number);

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

    public async Task StoreAsync(int count)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OutboxOnlyDbContext>();
        await db.Database.EnsureCreatedAsync();
        var outbox = new Outbox(db, TimeProvider.System);
        for (var number = 1; number <= count; number++)
        {
            outbox.Publish(new NumberedEvent(number));
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
