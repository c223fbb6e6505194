using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Benchmarks.EndToEnd.Processes;
using Platform.Benchmarks.EndToEnd.Output;
using Platform.Benchmarks.EndToEnd.Stores;
using Platform.Contracts.Activities;
using Platform.Conventions.Persistence;
using Platform.IntegrationTests.Hosting;
using Platform.ServiceDefaults.Messaging.Outbox;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Benchmarks.EndToEnd.Phases;

/// <summary>
/// R3: how fast Basel's outbox relay empties a backlog, set beside MassTransit's own publish rate. The
/// backlog is put in front of the relay at once, as rows a request would have stored (an
/// <see cref="ActivityRecorded"/> each, written through Basel's own database model in one transaction),
/// so the relay runs at its full rate with no API load beside it; its rate is the rows that left the outbox
/// per second from its first deletion until the outbox is empty or the window ends. On PostgreSQL the
/// same window gives R7's relay figure: rows deleted per writing transaction of Basel's server (nothing
/// else writes there meanwhile).
/// </summary>
internal sealed class RelayPhase(RunEnvironment run, Scale scale, ResultTable table)
{
    private const string Outbox = "outbox_messages";

    /// <param name="countTransactions">Whether Basel has a PostgreSQL server of its own, whose transaction counter then counts the relay's.</param>
    public async Task RunAsync(string store, string baselDatabase, double massTransitPerSecond, double relayedUnderLoad, bool countTransactions)
    {
        var cancellationToken = run.CancellationToken;
        await using var basel = await ServiceStore.OpenAsync(baselDatabase, cancellationToken);
        run.Progress.WriteLine($"R3 {store}: {scale.BacklogRows:N0} outbox rows in front of the relay...");
        await AddBacklogAsync(baselDatabase, scale.BacklogRows, cancellationToken);

        var waiting = await basel.CountAsync(Outbox, cancellationToken);
        var watch = Stopwatch.StartNew();
        long first;
        do
        {
            await Task.Delay(20, cancellationToken);
            first = await basel.CountAsync(Outbox, cancellationToken);
        }
        while (first >= waiting && watch.Elapsed < TimeSpan.FromSeconds(10));

        var transactions = basel is PostgresStore postgres ? await postgres.NextTransactionIdAsync(cancellationToken) : 0;
        var from = Stopwatch.GetTimestamp();
        long last;
        do
        {
            await Task.Delay(50, cancellationToken);
            last = await basel.CountAsync(Outbox, cancellationToken);
        }
        while (last > 0 && Stopwatch.GetElapsedTime(from) < scale.BacklogWindow);

        var seconds = Stopwatch.GetElapsedTime(from).TotalSeconds;
        var relayed = first - last;
        var rate = relayed / seconds;
        table.Add(new ResultLine("R3", $"{store}: outbox relay (backlog of {scale.BacklogRows:N0}) ÷ MassTransit publish",
            $"{rate / massTransitPerSecond:0.00} ({ResultTable.Number(rate)} / {ResultTable.Number(massTransitPerSecond)} msg/s; under R2's load it relayed {ResultTable.Number(relayedUnderLoad)}/s)",
            "≥ 0.7", rate / massTransitPerSecond >= 0.7)
        {
            Values = new Dictionary<string, double>
            {
                ["ratio"] = rate / massTransitPerSecond,
                ["relayedPerSecond"] = rate,
                ["relayedPerSecondUnderLoad"] = relayedUnderLoad,
                ["relayed"] = relayed,
                ["seconds"] = seconds,
            },
        });

        if (basel is PostgresStore server && countTransactions)
        {
            var written = await server.NextTransactionIdAsync(cancellationToken) - transactions;
            var perTransaction = written > 0 ? relayed / (double)written : double.NaN;
            table.Add(new ResultLine("R7", $"{store}: outbox relay, rows deleted per transaction",
                $"{ResultTable.Number(perTransaction, "0.0")} ({relayed:N0} rows, {written:N0} transactions)", "–", null)
            {
                Values = new Dictionary<string, double> { ["rowsPerTransaction"] = perTransaction, ["rows"] = relayed, ["transactions"] = written },
            });
        }
    }

    /// <summary>Outbox rows as <c>IOutbox.Publish</c> stores them, each the event of an activity of its own.</summary>
    private static async Task AddBacklogAsync(string connectionString, int rows, CancellationToken cancellationToken)
    {
        await using var db = Basel(connectionString);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTimeOffset.UtcNow;
        var type = typeof(ActivityRecorded);
        db.OutboxMessages.AddRange(Enumerable.Range(0, rows).Select(number => new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(),
            MessageType = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Body = JsonSerializer.Serialize(new ActivityRecorded
            {
                Activity = new ActivitySnapshot
                {
                    Id = Guid.CreateVersion7(),
                    Convention = PlatformServices.Basel,
                    Version = 1,
                    Title = $"Backlog activity {number}",
                    Description = "Put in the outbox by the platform benchmark.",
                    Type = "capacity-building",
                    Status = "completed",
                    Start = new DateOnly(2020, 2, 10),
                    End = new DateOnly(2020, 2, 12),
                    RecordedAt = now,
                    UpdatedAt = now,
                },
            }, JsonSerializerOptions.Web),
            CreatedAt = now.UtcDateTime,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ConventionDbContext Basel(string connectionString) =>
        DatabaseProviders.FromConnectionString(connectionString) == DatabaseProvider.PostgreSql
            ? new PostgreSqlConventionDbContext(new DbContextOptionsBuilder<PostgreSqlConventionDbContext>().UseNpgsql(connectionString).Options)
            : new SqliteConventionDbContext(new DbContextOptionsBuilder<SqliteConventionDbContext>().UseSqlite(connectionString).Options);
}
