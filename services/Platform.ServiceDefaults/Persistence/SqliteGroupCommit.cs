using System.Data.Common;
using System.Runtime.ExceptionServices;
using Platform.ServiceDefaults.Messaging.Outbox;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// Lets the writes of concurrent units of work (a request's save, a consumed message with its
/// inbox record, the relay's deletes) share one SQLite transaction and so one commit. SQLite has
/// one writer per database and, with <c>synchronous=FULL</c>, every commit waits for the disk to
/// flush the write-ahead log; one commit per request would cap a service at one flush per
/// request. Here each unit still runs alone, in its own savepoint, on the shared connection and
/// under one turn at a time, so it sees the units before it as committed; the last unit of a
/// group (the one nobody is waiting behind, or the <see cref="MaxUnits"/>th) commits for all. Every
/// unit's caller returns only after that commit, so nothing is acknowledged before it is on disk,
/// and a unit that fails is rolled back to its savepoint without touching the others.
/// </summary>
/// <remarks>
/// A unit saves through its own context only: a save through another context of the same
/// service, made from inside a unit, would wait for the turn that unit holds.
/// </remarks>
public sealed class SqliteGroupCommit(IServiceScopeFactory scopes, OutboxSignal outboxSignal) : IAsyncDisposable
{
    /// <summary>Most units in one commit, so a steady stream of writers still commits every so often.</summary>
    public const int MaxUnits = 64;

    private const string Savepoint = "unit";

    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _waiting;
    private AsyncServiceScope? _connectionScope;
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private TaskCompletionSource? _committed;
    private int _units;
    private bool _outboxRowsStored;

    /// <summary>
    /// Runs <paramref name="work"/> with <paramref name="db"/> inside the current group's transaction
    /// and returns once the group committed; throws what the work threw (its writes undone), or
    /// what the commit threw.
    /// </summary>
    public async Task<T> RunAsync<T>(ServiceDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            await _turn.WaitAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }

        Task committed;
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        try
        {
            var transaction = await CurrentTransactionAsync();
            committed = _committed!.Task;
            _units++;
            await transaction.SaveAsync(Savepoint, CancellationToken.None);
            try
            {
                result = await RunOnSharedConnectionAsync(db, transaction, work, cancellationToken);
                await transaction.ReleaseAsync(Savepoint, CancellationToken.None);
                _outboxRowsStored |= db.ChangeTracker.Entries<OutboxMessage>().Any();
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
                await UndoAsync(transaction);
            }

            if (_transaction is not null && (Volatile.Read(ref _waiting) == 0 || _units >= MaxUnits))
            {
                await CommitAsync();
            }
        }
        finally
        {
            _turn.Release();
        }

        failure?.Throw();
        await committed;
        return result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionScope is { } scope)
        {
            await scope.DisposeAsync();
        }

        _turn.Dispose();
    }

    private async Task<DbTransaction> CurrentTransactionAsync()
    {
        if (_transaction is not null)
        {
            return _transaction;
        }

        if (_connection is null)
        {
            // A context of the service's own opens the shared connection, so it is set up exactly as
            // every other connection of the service (functions, busy timeout).
            _connectionScope = scopes.CreateAsyncScope();
            var owner = _connectionScope.Value.ServiceProvider.GetRequiredService<ServiceDbContext>();
            await owner.Database.OpenConnectionAsync();
            _connection = owner.Database.GetDbConnection();
        }

        _transaction = await _connection.BeginTransactionAsync();
        _committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _units = 0;
        _outboxRowsStored = false;
        return _transaction;
    }

    private async Task<T> RunOnSharedConnectionAsync<T>(
        ServiceDbContext db, DbTransaction transaction, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        // The context's own connection is closed between its commands; it is set aside for the
        // shared one and a fresh one of its own comes back afterwards.
        // EF's own savepoint around each save would only repeat the unit's.
        var connectionString = db.Database.GetConnectionString();
        var autoSavepoints = db.Database.AutoSavepointsEnabled;
        db.Database.SetDbConnection(_connection, contextOwnsConnection: false);
        try
        {
            db.Database.AutoSavepointsEnabled = false;
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
            return await work(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = autoSavepoints;
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
            db.Database.SetDbConnection(null, contextOwnsConnection: true);
            db.Database.SetConnectionString(connectionString);
        }
    }

    /// <summary>Undoes one unit; when even that fails, the whole group is rolled back and fails.</summary>
    private async Task UndoAsync(DbTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(Savepoint, CancellationToken.None);
        }
        catch (Exception exception)
        {
            await AbandonAsync(exception);
        }
    }

    private async Task CommitAsync()
    {
        var transaction = _transaction!;
        var committed = _committed!;
        var outboxRowsStored = _outboxRowsStored;
        var units = _units;
        _transaction = null;
        try
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception exception)
        {
            await ForgetConnectionAsync();
            committed.SetException(exception);
            return;
        }
        finally
        {
            await transaction.DisposeAsync();
        }

        committed.SetResult();
        PersistenceMetrics.UnitsPerCommit.Record(units);
        if (outboxRowsStored)
        {
            outboxSignal.Notify();
        }
    }

    private async Task AbandonAsync(Exception exception)
    {
        var transaction = _transaction!;
        _transaction = null;
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            await ForgetConnectionAsync();
            _committed!.SetException(exception);
        }
    }

    /// <summary>After a failed commit or rollback the connection's state is unknown: the next group opens a new one.</summary>
    private async Task ForgetConnectionAsync()
    {
        _connection = null;
        if (_connectionScope is { } scope)
        {
            _connectionScope = null;
            await scope.DisposeAsync();
        }
    }
}
