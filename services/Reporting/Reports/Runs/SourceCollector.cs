using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Contributions;
using Platform.ServiceDefaults.Authentication;

namespace Reporting.Reports.Runs;

/// <summary>
/// Reconciles the read model with one source service: asks for its contribution manifest, fetches
/// each item the read model lacks or holds at an older version, and applies it as its event would
/// have been applied. A source that cannot be reached is asked again until the run's deadline.
/// </summary>
public sealed partial class SourceCollector(
    IHttpClientFactory clients,
    TokenIssuer tokens,
    ReportSources sources,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<SourceCollector> logger)
{
    public const string HttpClientName = "report-sources";

    /// <summary>The identity the reporting service signs its own calls with.</summary>
    public const string ServiceSubject = "reporting-service";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);

    public async Task<SourceOutcome> CollectAsync(ReportRun run, string source, CancellationToken stoppingToken)
    {
        if (sources.ManifestAddress(source) is not { } manifestAddress)
        {
            return SourceOutcome.Missing($"No address is configured for {source} (Reporting:Sources:{source}).");
        }

        var remaining = run.Deadline - clock.GetUtcNow().UtcDateTime;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        var problem = "it did not answer";
        try
        {
            while (true)
            {
                try
                {
                    return await ReconcileAsync(run, source, manifestAddress, deadline.Token);
                }
                catch (Exception exception) when (exception is HttpRequestException or JsonException && !deadline.IsCancellationRequested)
                {
                    problem = exception.Message;
                    LogSourceUnavailable(logger, source, run.Id, exception.Message);
                }

                await Task.Delay(RetryDelay, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return SourceOutcome.Missing($"{source} did not answer before the deadline ({run.Deadline:u}): {problem}.");
        }
    }

    private async Task<SourceOutcome> ReconcileAsync(ReportRun run, string source, Uri manifestAddress, CancellationToken cancellationToken)
    {
        using var client = clients.CreateClient(HttpClientName);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Issue(ServiceSubject, [PlatformRoles.Reader]));

        var manifest = await GetAsync<ContributionManifest>(client,
            new Uri($"{manifestAddress}?from={run.From:yyyy-MM-dd}&to={run.To:yyyy-MM-dd}"), cancellationToken)
            ?? throw new JsonException($"{source} answered an empty manifest.");

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var repairs = new List<string>();
        var listed = manifest.Items.Select(item => (item.Kind, item.Id)).ToHashSet();
        var toFetch = new List<ContributionEntry>();
        foreach (var item in manifest.Items.Where(item => ContributionSnapshots.TypeOf(item.Kind) is not null))
        {
            var held = await ContributionStates.HeldVersionAsync(db, item.Kind, item.Id, cancellationToken);
            if (held is null || held < item.Version)
            {
                toFetch.Add(item);
            }
        }

        // What the read model still counts in the period but the source no longer lists (withdrawn,
        // or moved out of the period) had its last event lost: fetch its current state too.
        toFetch.AddRange((await ContributionStates.HeldActivityIdsAsync(db, source, run.From, run.To, cancellationToken))
            .Where(id => !listed.Contains((ContributionKinds.Activity, id)))
            .Select(id => new ContributionEntry { Kind = ContributionKinds.Activity, Id = id, Version = 0 }));

        foreach (var item in toFetch)
        {
            var fetched = await GetAsync<ContributionItem>(client, new Uri($"{manifestAddress}/{item.Kind}/{item.Id}"), cancellationToken);
            if (fetched is not null && await ApplyAsync(db, fetched, cancellationToken))
            {
                repairs.Add(RunRepair.Format(fetched.Kind, fetched.Id, fetched.Version));
            }
        }

        return SourceOutcome.Answered(manifest.Items.Count, repairs);
    }

    private async Task<bool> ApplyAsync(ReportingDbContext db, ContributionItem item, CancellationToken cancellationToken)
    {
        try
        {
            var applied = await ContributionStates.ApplyAsync(db, item, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return applied;
        }
        catch (DbUpdateException)
        {
            // The event arrived meanwhile and its consumer stored the same row: apply against that.
            db.ChangeTracker.Clear();
            var applied = await ContributionStates.ApplyAsync(db, item, clock.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return applied;
        }
    }

    private static async Task<T?> GetAsync<T>(HttpClient client, Uri address, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await client.GetAsync(address, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound && typeof(T) == typeof(ContributionItem))
        {
            return null;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {address.AbsolutePath} answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source {Source} did not answer for report run {RunId}: {Problem}")]
    private static partial void LogSourceUnavailable(ILogger logger, string source, Guid runId, string problem);
}

/// <summary>What one source's part in a run came to.</summary>
public sealed record SourceOutcome(string State, int Items, IReadOnlyList<string> Repairs, string? Problem)
{
    public static SourceOutcome Answered(int items, IReadOnlyList<string> repairs) => new(ReportSourceStates.Answered, items, repairs, null);

    public static SourceOutcome Missing(string problem) => new(ReportSourceStates.Missing, 0, [], problem);
}
