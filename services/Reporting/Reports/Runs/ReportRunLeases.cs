using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Reporting.Reports.Runs;

/// <summary>
/// The claims this replica holds on report runs. A run is carried through by one replica at a
/// time: the one whose id is in the run's <see cref="ReportRun.ClaimedBy"/> while its
/// <see cref="ReportRun.LeaseUntil"/> lies ahead. Every change is one conditional UPDATE, so two
/// replicas that claim a run at once cannot both succeed, on SQLite or PostgreSQL alike.
/// </summary>
public sealed class ReportRunLeases(IOptions<ReportRunOptions> options, TimeProvider clock)
{
    /// <summary>This replica: host, process and a random part, since one process may host several (tests, tooling).</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

    public TimeSpan Lease => options.Value.Lease;

    /// <summary>Claims a run that is unfinished and held by nobody, by this replica, or by a replica whose lease ran out.</summary>
    public async Task<bool> TryClaimAsync(ReportingDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var now = Now;
        var until = now + Lease;
        return await db.ReportRuns
            .Where(run => run.Id == runId
                && (run.State == ReportRunStates.Collecting || run.State == ReportRunStates.Compiling)
                && (run.ClaimedBy == null || run.ClaimedBy == Owner || run.LeaseUntil == null || run.LeaseUntil < now))
            .ExecuteUpdateAsync(run => run
                .SetProperty(r => r.ClaimedBy, Owner)
                .SetProperty(r => r.LeaseUntil, until), cancellationToken) == 1;
    }

    /// <summary>Extends this replica's lease; false when another replica has taken the run meanwhile.</summary>
    public async Task<bool> TryRenewAsync(ReportingDbContext db, Guid runId, CancellationToken cancellationToken)
    {
        var until = Now + Lease;
        return await db.ReportRuns
            .Where(run => run.Id == runId && run.ClaimedBy == Owner)
            .ExecuteUpdateAsync(run => run.SetProperty(r => r.LeaseUntil, until), cancellationToken) == 1;
    }

    /// <summary>Gives an unfinished run up, so that another replica takes it at its next look rather than when the lease runs out.</summary>
    public Task ReleaseAsync(ReportingDbContext db, Guid runId, CancellationToken cancellationToken) =>
        db.ReportRuns
            .Where(run => run.Id == runId && run.ClaimedBy == Owner
                && (run.State == ReportRunStates.Collecting || run.State == ReportRunStates.Compiling))
            .ExecuteUpdateAsync(run => run
                .SetProperty(r => r.ClaimedBy, (string?)null)
                .SetProperty(r => r.LeaseUntil, (DateTime?)null), cancellationToken);

    /// <summary>
    /// Runs <paramref name="write"/> (which saves its changes) in one transaction with a renewal
    /// of this replica's claim, and commits only while the claim still holds. The renewal comes
    /// first: on PostgreSQL it locks the run's row until the commit, so a replica taking over
    /// waits for it and then finds a lease that has not run out; SQLite has one writer at a time.
    /// </summary>
    /// <exception cref="ReportRunLeaseLostException">Another replica has taken the run; nothing was written.</exception>
    public async Task WriteAsync(ReportingDbContext db, Guid runId, Func<Task> write, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await TryRenewAsync(db, runId, cancellationToken))
        {
            throw new ReportRunLeaseLostException(runId);
        }

        await write();
        await transaction.CommitAsync(cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}

/// <summary>Another replica took the run over: the work done since stays unwritten.</summary>
public sealed class ReportRunLeaseLostException(Guid runId)
    : Exception($"Report run {runId} was taken over by another replica of the reporting service.")
{
    public Guid RunId { get; } = runId;
}
