using System.Collections.Concurrent;
using Platform.Contracts.Reports;
using Platform.ServiceDefaults.Messaging.Outbox;
using Reporting.Reports.Reviews;

namespace Reporting.Reports.Runs;

/// <summary>
/// Carries report runs through: collecting (every source reconciled or missing), compiling, then
/// completed or partial. Runs are rows, so at start it picks up every run a stop interrupted;
/// a source that already answered keeps its answer.
/// </summary>
public sealed partial class ReportRunProcessor(
    IServiceScopeFactory scopes,
    SourceCollector collector,
    ReportRunSignal signal,
    TimeProvider clock,
    ILogger<ReportRunProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    // Runs in progress, each on its own task: a run that waits for a silent source until its
    // deadline does not hold back the runs requested after it.
    private readonly ConcurrentDictionary<Guid, Task> _inProgress = new();

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

                foreach (var runId in await UnfinishedRunsAsync(stoppingToken))
                {
                    if (!_inProgress.ContainsKey(runId))
                    {
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
        try
        {
            // Off the polling loop's thread before any work starts.
            await Task.Yield();
            await ProcessAsync(runId, stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the run stays unfinished in its row and is resumed at the next start.
        }
    }

    private async Task<List<Guid>> UnfinishedRunsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.ReportRuns.AsNoTracking()
            .Where(run => run.State == ReportRunStates.Collecting || run.State == ReportRunStates.Compiling)
            .OrderBy(run => run.RequestedAt)
            .Select(run => run.Id)
            .ToListAsync(cancellationToken);
    }

    private async Task ProcessAsync(Guid runId, CancellationToken stoppingToken)
    {
        try
        {
            var run = await LoadAsync(runId, stoppingToken);
            if (run.State == ReportRunStates.Collecting)
            {
                await Task.WhenAll(run.Sources
                    .Where(source => source.State == ReportSourceStates.Pending)
                    .Select(source => CollectAsync(run, source.Name, stoppingToken)));
                await UpdateAsync(runId, stored => stored.State = ReportRunStates.Compiling, stoppingToken);
            }

            await CompileAsync(runId, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogRunFailed(logger, runId, exception);
            await FailAsync(runId, exception.Message);
        }
    }

    private async Task CollectAsync(ReportRun run, string source, CancellationToken stoppingToken)
    {
        var outcome = await collector.CollectAsync(run, source, stoppingToken);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var stored = await db.ReportRunSources.FirstAsync(s => s.RunId == run.Id && s.Name == source, stoppingToken);
        stored.State = outcome.State;
        stored.Items = outcome.Items;
        stored.Repairs = [.. outcome.Repairs];
        stored.Problem = outcome.Problem;
        stored.AnsweredAt = outcome.State == ReportSourceStates.Answered ? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(stoppingToken);
    }

    private async Task CompileAsync(Guid runId, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var run = await db.ReportRuns.Include(r => r.Sources).FirstAsync(r => r.Id == runId, stoppingToken);
        var missing = run.Sources.Where(s => s.State == ReportSourceStates.Missing)
            .Select(s => s.Name).OrderBy(name => ReportSources.Names.ToList().IndexOf(name)).ToList();
        var inputs = await ReportInputs.LoadAsync(db, run, stoppingToken);
        var report = ReportCompiler.Compile(run, inputs, missing, clock.GetUtcNow());
        run.ReportJson = StoredReport.Write(report);
        run.State = report.Status;
        run.Review = ReviewStates.Draft;
        await SectionCarryOver.AddAsync(db, run, report, stoppingToken);
        run.FinishedAt = report.CompiledAt.UtcDateTime;
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
        await db.SaveChangesAsync(stoppingToken);
        LogRunFinished(logger, runId, run.State);
    }

    private async Task FailAsync(Guid runId, string reason)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var run = await db.ReportRuns.FirstAsync(r => r.Id == runId);
        var now = clock.GetUtcNow();
        run.State = ReportRunStates.Failed;
        run.Error = reason.Length > 4000 ? reason[..4000] : reason;
        run.FinishedAt = now.UtcDateTime;
        scope.ServiceProvider.GetRequiredService<IOutbox>().Publish(new ReportFailed { RunId = runId, Reason = run.Error, FailedAt = now });
        await db.SaveChangesAsync();
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
        change(run);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for unfinished report runs failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report run {RunId} failed")]
    private static partial void LogRunFailed(ILogger logger, Guid runId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Report run {RunId} finished {State}")]
    private static partial void LogRunFinished(ILogger logger, Guid runId, string state);
}
