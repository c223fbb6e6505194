using System.Net.Http.Headers;
using System.Net.Sockets;
using MassTransit;
using Platform.Contracts.Reports;
using Platform.IntegrationTests.Partners;
using Reporting.Reports.Runs;

namespace Platform.IntegrationTests.Reports;

/// <summary>
/// All five services with the reporting service on PostgreSQL, where a second replica can share
/// its database. The first replica looks for Stockholm at an address that accepts connections and
/// never answers, so a run it holds stays collecting; its claims last a few seconds.
/// </summary>
public sealed class ReportReplicasFixture(SharedRabbitMq rabbitMq, SharedPostgres postgres) : ReportsFixture(rabbitMq), IAsyncDisposable
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);

    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private string? _database;

    public PublishedMessages PublishedByReporting { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        _database = await postgres.Server.CreateDatabaseAsync(ct: TestContext.Current.CancellationToken);
        await base.InitializeAsync();
    }

    protected override PlatformStackOptions Customize(PlatformStackOptions options)
    {
        _silent.Start();
        return options.ConfigureHost(PlatformServices.Reporting, services => services.AddPublishObserver(_ => PublishedByReporting)) with
        {
            Database = service => service == PlatformServices.Reporting ? _database : null,
            Settings = new Dictionary<string, string?>
            {
                ["Reporting:Sources:stockholm"] = $"http://127.0.0.1:{((IPEndPoint)_silent.LocalEndpoint).Port}/",
                ["Reporting:Runs:Lease"] = Lease.ToString(),
                ["Reporting:Runs:PollInterval"] = "00:00:00.500",
            },
        };
    }

    /// <summary>Another replica of the reporting service that finds Stockholm where it listens.</summary>
    public IServiceHost StartReportingReplica() => Stack.StartReplica(PlatformServices.Reporting, new Dictionary<string, string?>
    {
        ["Reporting:Sources:stockholm"] = Stack.Service(PlatformServices.Stockholm).Address.ToString(),
    });

    /// <summary>A run of the sample scenario with a Stockholm activity, held by the first replica while Basel answered and Stockholm does not.</summary>
    public async Task<(string Location, Guid RunId, string Activity)> CollectingRunAsync()
    {
        await ImportSampleDecisionsAsync();
        var activity = await RecordAsync("stockholm", $"Stockholm regional centres meeting {Guid.NewGuid():N}", "2020-09-01", "2020-09-03", ["SC-9/18 9"]);
        var location = await StartRunAsync(deadlineSeconds: 120);
        var collecting = await RunAsync(location, null, "collecting");
        await Eventually.TrueAsync(
            async () => Source(await RunAtAsync(Stack.Service(PlatformServices.Reporting), location), "basel").GetProperty("state").GetString() == "answered",
            because: "the run to hear from Basel while it still waits for Stockholm");
        return (location, collecting.GetProperty("id").GetGuid(), activity);
    }

    /// <summary>The run as one replica answers it.</summary>
    public async Task<JsonElement> RunAtAsync(IServiceHost replica, string location)
    {
        using var reader = new HttpClient { BaseAddress = replica.Address, Timeout = TimeSpan.FromSeconds(30) };
        reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Stack.Tokens.For("reader", "reader"));
        using var response = await reader.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>The replica id a reporting host claims runs under.</summary>
    public static string ReplicaOf(IServiceHost host) => host.Services.GetRequiredService<ReportRunLeases>().Owner;

    /// <summary>Which replica holds the run and until when, as stored.</summary>
    public static async Task<(string? ClaimedBy, DateTime? LeaseUntil)> ClaimAsync(IServiceHost host, Guid runId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var run = await db.ReportRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
        return (run.ClaimedBy, run.LeaseUntil);
    }

    /// <summary>The message ids under which a ReportCompiled for the run went to the broker (a relay may send one row twice, under one id).</summary>
    public List<Guid?> CompiledAnnouncements(Guid runId) =>
        [.. PublishedByReporting.MessagesOf<ReportCompiled>().Where(published => published.Message.RunId == runId).Select(published => published.MessageId)];

    /// <summary>Writes a claim on the run for <paramref name="owner"/>, one lease long from now; returns when it runs out.</summary>
    public static async Task<DateTime> HoldAsync(IServiceHost host, Guid runId, string owner)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        var until = DateTime.UtcNow + Lease;
        Assert.Equal(1, await db.ReportRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(run => run.SetProperty(r => r.ClaimedBy, owner).SetProperty(r => r.LeaseUntil, until)));
        return until;
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        _silent.Dispose();
    }
}

public sealed class ReportRunReplicaTests(ReportReplicasFixture fixture) : IClassFixture<ReportReplicasFixture>
{
    [Fact]
    public async Task A_run_whose_replica_stops_mid_run_completes_on_the_other_and_is_compiled_and_announced_once()
    {
        var (location, runId, activity) = await fixture.CollectingRunAsync();
        var first = fixture.Stack.Service(PlatformServices.Reporting);
        var claimedBy = (await ReportReplicasFixture.ClaimAsync(first, runId)).ClaimedBy;
        Assert.Equal(ReportReplicasFixture.ReplicaOf(first), claimedBy);
        var second = fixture.StartReportingReplica();
        var secondId = ReportReplicasFixture.ReplicaOf(second);

        await first.DisposeAsync();

        var run = await Eventually.ReturnsAsync(
            () => fixture.RunAtAsync(second, location),
            run => run.GetProperty("state").GetString() is "completed" or "partial" or "failed",
            because: "the run to finish on the second replica", TimeSpan.FromSeconds(60));
        var finishedBy = (await ReportReplicasFixture.ClaimAsync(second, runId)).ClaimedBy;
        var compiled = await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.CompiledAnnouncements(runId)),
            announcements => announcements.Count > 0,
            because: "ReportCompiled to be relayed");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"claimed by {claimedBy} (stopped mid-run); finished {run.GetProperty("state").GetString()} by {finishedBy}; " +
            $"ReportCompiled published {compiled.Count} time(s) under {compiled.Distinct().Count()} message id(s)");

        Assert.Equal("completed", run.GetProperty("state").GetString());
        Assert.Equal("answered", ReportsFixture.Source(run, "stockholm").GetProperty("state").GetString());
        Assert.Equal(secondId, finishedBy);
        Assert.Single(compiled.Distinct());
        var report = await fixture.RunAtAsync(second, $"{location}/document?format=json");
        Assert.Contains(activity, report.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }
}

public sealed class ReportRunClaimTests(ReportReplicasFixture fixture) : IClassFixture<ReportReplicasFixture>
{
    [Fact]
    public async Task A_run_held_by_a_live_replica_is_left_to_it_by_the_other()
    {
        var (location, runId, _) = await fixture.CollectingRunAsync();
        var first = fixture.Stack.Service(PlatformServices.Reporting);
        var holder = ReportReplicasFixture.ReplicaOf(first);
        var second = fixture.StartReportingReplica();
        var secondStarted = DateTime.UtcNow;

        // The second replica, which would reach Stockholm, looks every half second; the first
        // renews its claim every second. Watch until the first has renewed it beyond two leases
        // after the second started, so the second had more than a whole lease to take it.
        var claimants = new HashSet<string?>();
        await Eventually.TrueAsync(async () =>
        {
            var (claimedBy, leaseUntil) = await ReportReplicasFixture.ClaimAsync(second, runId);
            claimants.Add(claimedBy);
            return leaseUntil > secondStarted + 2 * ReportReplicasFixture.Lease;
        }, because: "the first replica to renew its claim while the second runs");

        var run = await fixture.RunAtAsync(second, location);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"held by {holder}; the other replica {ReportReplicasFixture.ReplicaOf(second)}; claimants seen: {string.Join(", ", claimants)}; " +
            $"run {run.GetProperty("state").GetString()}, stockholm {ReportsFixture.Source(run, "stockholm").GetProperty("state").GetString()}");
        Assert.Equal([holder], claimants);
        Assert.Equal("collecting", run.GetProperty("state").GetString());
        Assert.Equal("pending", ReportsFixture.Source(run, "stockholm").GetProperty("state").GetString());
    }
}

public sealed class ReportRunTakeoverTests(ReportReplicasFixture fixture) : IClassFixture<ReportReplicasFixture>
{
    [Fact]
    public async Task A_run_whose_replica_died_is_taken_over_once_its_lease_runs_out()
    {
        var (location, runId, _) = await fixture.CollectingRunAsync();
        var first = fixture.Stack.Service(PlatformServices.Reporting);
        var second = fixture.StartReportingReplica();
        var secondId = ReportReplicasFixture.ReplicaOf(second);

        // A replica that died holds the run, as its last renewal left it: nobody gives it up.
        const string dead = "a-replica-that-died";
        var deadLeaseUntil = await ReportReplicasFixture.HoldAsync(second, runId, dead);
        await first.DisposeAsync();

        var takenAt = await Eventually.ReturnsAsync(
            async () => (await ReportReplicasFixture.ClaimAsync(second, runId)).ClaimedBy == secondId ? DateTime.UtcNow : (DateTime?)null,
            takenAt => takenAt is not null,
            because: "the second replica to take the run over", TimeSpan.FromSeconds(60));
        var run = await Eventually.ReturnsAsync(
            () => fixture.RunAtAsync(second, location),
            run => run.GetProperty("state").GetString() is "completed" or "partial" or "failed",
            because: "the run to finish on the second replica", TimeSpan.FromSeconds(60));
        var compiled = await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.CompiledAnnouncements(runId)),
            announcements => announcements.Count > 0,
            because: "ReportCompiled to be relayed");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"held by {dead} until {deadLeaseUntil:HH:mm:ss.fff}; taken by {secondId} at {takenAt:HH:mm:ss.fff}; " +
            $"finished {run.GetProperty("state").GetString()}; ReportCompiled published under {compiled.Distinct().Count()} message id(s)");

        Assert.True(takenAt >= deadLeaseUntil, $"The run was taken at {takenAt:O}, before the dead replica's lease ran out at {deadLeaseUntil:O}.");
        Assert.Equal("completed", run.GetProperty("state").GetString());
        Assert.Single(compiled.Distinct());
    }
}
