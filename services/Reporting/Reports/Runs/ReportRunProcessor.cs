using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Platform.Contracts.Reports;
using Platform.ServiceDefaults.Messaging.Outbox;
using Reporting.Reports.Reviews;

namespace Reporting.Reports.Runs;

/// <summary>
/// Carries report runs through: collecting (every source reconciled or missing), compiling, then
/// completed or partial. Runs are rows, so at start it picks up every run a stop interrupted;
/// a source that already answered keeps its answer.
/// </summary>
/// <remarks>
/// Runs once per run, not once per replica: every replica of the service looks for unfinished
/// runs, but carries through only those it claimed (<see cref="ReportRunLeases"/>). It renews its
/// claim while it works, gives it up on a graceful stop so that another replica takes the run at
/// its next look, and a replica that died leaves the run to another when its lease runs out.
/// Every write to a claimed run commits only while the claim holds, so a run is compiled, and
/// its <see cref="ReportCompiled"/> published, once.
/// </remarks>
public sealed partial class ReportRunProcessor(
    IServiceScopeFactory scopes,
    SourceCollector collector,
    ReportRunSignal signal,
    ReportRunLeases leases,
    IOptions<ReportRunOptions> options,
    TimeProvider clock,
    ILogger<ReportRunProcessor> logger) : BackgroundService
{
    // Runs in progress, each on its own task: a run that waits for a silent source until its
    // deadline does not hold back the runs requested after it.
    private readonly ConcurrentDictionary<Guid, Task> _inProgress = new();

    private TimeSpan PollInterval => options.Value.PollInterval;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var (finished, _) in _inProgress.Where(pair => pair.Value.IsCompleted))
                {
                    _inProgress.TryRemove(finished, out _);
                }

                foreach (var runId in await ClaimableRunsAsync(stoppingToken))
                {
                    if (!_inProgress.ContainsKey(runId) && await TryClaimAsync(runId, stoppingToken))
                    {
                        LogRunClaimed(logger, runId, leases.Owner);
                        _inProgress[runId] = CarryThroughAsync(runId, stoppingToken);
                    }
                }

                await signal.WaitAsync(PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                await Task.WhenAll(_inProgress.Values);
                return;
            }
            catch (Exception exception)
            {
                // The database may still be starting: try again at the next poll.
                LogPollFailed(logger, exception);
                await Task.Delay(PollInterval, stoppingToken);
            }
        }
    }

    private async Task CarryThroughAsync(Guid runId, CancellationToken stoppingToken)
    {
        // Cancelled when the service stops or another replica has taken the run.
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewWhileHeldAsync(runId, held);
        try
        {
            // Off the polling loop's thread before any work starts.
            await Task.Yield();
            await ProcessAsync(runId, held.Token);
        }
        catch (Exception exception) when (held.IsCancellationRequested || exception is ReportRunLeaseLostException)
        {
            // Stopping, or taken over: the run stays unfinished in its row for whoever holds it.
        }
        finally
        {
            await held.CancelAsync();
            await renewing;
        }

        if (stoppingToken.IsCancellationRequested)
        {
            await ReleaseAsync(runId);
        }
    }

    /// <summary>Renews the claim every third of the lease until the run is done; cancels <paramref name="held"/> when the claim is lost.</summary>
    private async Task RenewWhileHeldAsync(Guid runId, CancellationTokenSource held)
    {
        using var timer = new PeriodicTimer(leases.Lease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(held.Token))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
                    if (!await leases.TryRenewAsync(db, runId, held.Token))
                    {
                        LogRunTakenOver(logger, runId, leases.Owner);
                        await held.CancelAsync();
                        return;
                    }
                }
                catch (Exception exception) when (!held.IsCancellationRequested)
                {
                    // A renewal that failed is tried again at the next tick, well before the lease runs out.
                    LogRenewalFailed(logger, runId, exception);
                }
            }
        }
        catch (OperationCanceledException) when (held.IsCancellationRequested)
        {
            // The run is done, the service stops, or the claim was lost.
        }
    }

    /// <summary>The unfinished runs nobody holds, oldest first (a run this replica holds is in progress already).</summary>
    private async Task<List<Guid>> ClaimableRunsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ReportRuns.AsNoTracking()
            .Where(run => run.State == ReportRunStates.Collecting || run.State == ReportRunStates.Compiling)
            .Where(run => run.ClaimedBy == null || run.LeaseUntil == null || run.LeaseUntil < now || run.ClaimedBy == leases.Owner)
            .OrderBy(run => run.RequestedAt)
            .Select(run => run.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> TryClaimAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await leases.TryClaimAsync(scope.ServiceProvider.GetRequiredService<ReportingDbContext>(), runId, cancellationToken);
    }

    private async Task ReleaseAsync(Guid runId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await leases.ReleaseAsync(scope.ServiceProvider.GetRequiredService<ReportingDbContext>(), runId, CancellationToken.None);
            LogRunReleased(logger, runId, leases.Owner);
        }
        catch (Exception exception)
        {
            // The lease runs out on its own; another replica takes the run then.
            LogReleaseFailed(logger, runId, exception);
        }
    }

    private async Task ProcessAsync(Guid runId, CancellationToken heldToken)
    {
        try
        {
            var run = await LoadAsync(runId, heldToken);
            if (run.State == ReportRunStates.Collecting)
            {
                await Task.WhenAll(run.Sources
                    .Where(source => source.State == ReportSourceStates.Pending)
                    .Select(source => CollectAsync(run, source.Name, heldToken)));
                await UpdateAsync(runId, stored => stored.State = ReportRunStates.Compiling, heldToken);
            }

            await CompileAsync(runId, heldToken);
        }
        catch (Exception exception) when (exception is not ReportRunLeaseLostException && !heldToken.IsCancellationRequested)
        {
            LogRunFailed(logger, runId, exception);
            await FailAsync(runId, exception.Message);
        }
    }

    private async Task CollectAsync(ReportRun run, string source, CancellationToken heldToken)
    {
        var outcome = await collector.CollectAsync(run, source, heldToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        await leases.WriteAsync(db, run.Id, async () =>
        {
            var stored = await db.ReportRunSources.FirstAsync(s => s.RunId == run.Id && s.Name == source, heldToken);
            stored.State = outcome.State;
            stored.Items = outcome.Items;
            stored.Repairs = [.. outcome.Repairs];
            stored.Problem = outcome.Problem;
            stored.AnsweredAt = outcome.State == ReportSourceStates.Answered ? clock.GetUtcNow().UtcDateTime : null;
            await db.SaveChangesAsync(heldToken);
        }, heldToken);
    }

    private async Task CompileAsync(Guid runId, CancellationToken heldToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var run = await db.ReportRuns.Include(r => r.Sources).FirstAsync(r => r.Id == runId, heldToken);
        var missing = run.Sources.Where(s => s.State == ReportSourceStates.Missing)
            .Select(s => s.Name).OrderBy(name => ReportSources.Names.ToList().IndexOf(name)).ToList();
        var inputs = await ReportInputs.LoadAsync(db, run, heldToken);
        var report = ReportCompiler.Compile(run, inputs, missing, clock.GetUtcNow());
        await leases.WriteAsync(db, runId, async () =>
        {
            run.ReportJson = StoredReport.Write(report);
            run.State = report.Status;
            run.Review = ReviewStates.Draft;
            await SectionCarryOver.AddAsync(db, run, report, heldToken);
            run.FinishedAt = report.CompiledAt.UtcDateTime;
            run.LeaseUntil = null;
            scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new ReportCompiled
            {
                RunId = run.Id,
                Kind = run.Kind,
                From = run.From,
                To = run.To,
                Symbol = report.Symbol,
                Status = report.Status,
                MissingSources = report.MissingSources,
                CompiledAt = report.CompiledAt,
            });
            await db.SaveChangesAsync(heldToken);
        }, heldToken);
        LogRunFinished(logger, runId, run.State, leases.Owner);
    }

    private async Task FailAsync(Guid runId, string reason)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
            var run = await db.ReportRuns.FirstAsync(r => r.Id == runId);
            var now = clock.GetUtcNow();
            await leases.WriteAsync(db, runId, async () =>
            {
                run.State = ReportRunStates.Failed;
                run.Error = reason.Length > 4000 ? reason[..4000] : reason;
                run.FinishedAt = now.UtcDateTime;
                run.LeaseUntil = null;
                scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new ReportFailed { RunId = runId, Reason = run.Error, FailedAt = now });
                await db.SaveChangesAsync();
            }, CancellationToken.None);
        }
        catch (ReportRunLeaseLostException)
        {
            // The replica that took the run over decides how it ends.
        }
    }

    private async Task<ReportRun> LoadAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.ReportRuns.AsNoTracking().Include(r => r.Sources).FirstAsync(r => r.Id == runId, cancellationToken);
    }

    private async Task UpdateAsync(Guid runId, Action<ReportRun> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var run = await db.ReportRuns.FirstAsync(r => r.Id == runId, cancellationToken);
        await leases.WriteAsync(db, runId, async () =>
        {
            change(run);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for unfinished report runs failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report run {RunId} claimed by {Replica}")]
    private static partial void LogRunClaimed(ILogger logger, Guid runId, string replica);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report run {RunId} was taken over from {Replica} by another replica")]
    private static partial void LogRunTakenOver(ILogger logger, Guid runId, string replica);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the claim on report run {RunId} failed; trying again")]
    private static partial void LogRenewalFailed(ILogger logger, Guid runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report run {RunId} given up by {Replica} as the service stops")]
    private static partial void LogRunReleased(ILogger logger, Guid runId, string replica);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giving up report run {RunId} failed; another replica takes it when the lease runs out")]
    private static partial void LogReleaseFailed(ILogger logger, Guid runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report run {RunId} failed")]
    private static partial void LogRunFailed(ILogger logger, Guid runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report run {RunId} finished {State} by {Replica}")]
    private static partial void LogRunFinished(ILogger logger, Guid runId, string state, string replica);
}
