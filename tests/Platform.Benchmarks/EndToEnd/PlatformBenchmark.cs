using System.Diagnostics;
using Platform.Benchmarks.EndToEnd.Baselines;
using Platform.Benchmarks.EndToEnd.Phases;
using Platform.Benchmarks.EndToEnd.Processes;
using Platform.Benchmarks.EndToEnd.Output;
using Platform.Benchmarks.EndToEnd.Stores;
using Platform.Benchmarks.EndToEnd.Telemetry;
using Platform.IntegrationTests.Hosting;
using Platform.Testing;

namespace Platform.Benchmarks.EndToEnd;

/// <summary>
/// The platform measured against its own parts in one run, on this machine: the baselines (B0), then the
/// platform as separate processes from its build output on SQLite files (R1, R6, R2, R4, R3, R8), again on
/// PostgreSQL (R2, R4, R3, R7), then the report renderers in this process (R5). Prints one table and
/// writes it, with the figures behind it, as JSON. Everything it starts is stopped when it ends, is
/// cancelled (Ctrl+C) or fails, and by a watchdog if it is killed.
/// </summary>
internal static class PlatformBenchmark
{
    public static async Task<int> RunAsync(BenchmarkOptions options, TextWriter output)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, press) =>
        {
            press.Cancel = true; // stop gracefully, so that every process started is stopped too
            cancellation.Cancel();
        };
        var scale = Scale.For(options);
        var table = new ResultTable();
        var report = new RunReport(options, scale);
        var progress = new TimedProgress(Console.Error);
        var cancelled = false;

        await using (var run = RunEnvironment.Create(progress, cancellation.Token))
        {
            try
            {
                await RunPhasesAsync(run, scale, table, report);
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                cancelled = true;
                progress.WriteLine("Cancelled: stopping everything that was started.");
            }
            catch (Exception exception)
            {
                progress.WriteLine($"The run failed: {exception}");
                table.Failed("run", "the run stopped early", exception);
            }

            progress.WriteLine("Stopping...");
        }

        report.Finish();
        output.WriteLine(report.Heading);
        table.Write(output);
        var path = report.Save(table);
        output.WriteLine($"Figures behind the table: {path}");
        return cancelled ? 130 : table.AnyFailed ? 1 : 0;
    }

    private static async Task RunPhasesAsync(RunEnvironment run, Scale scale, ResultTable table, RunReport report)
    {
        var ct = run.CancellationToken;
        run.Progress.WriteLine("Starting a private RabbitMQ node and the telemetry sink...");
        await using var broker = await RabbitMqBroker.StartAsync(ct);
        await using var sink = await TelemetrySink.StartAsync();
        report.Add("broker", broker.Description);

        var massTransit = await MeasureMessagingAsync(run, broker, scale, table);

        run.Progress.WriteLine("Starting the trivial backend and bare YARP...");
        var trivial = run.StartHelper(BaselineServers.TrivialBackend, []);
        var bare = run.StartHelper(BaselineServers.BareProxy, ["--Destination", trivial.Address.ToString()]);
        await Task.WhenAll(trivial.WaitUntilReadyAsync("/", TimeSpan.FromSeconds(60), ct), bare.WaitUntilReadyAsync("/", TimeSpan.FromSeconds(60), ct));

        // SQLite files, as the local run keeps them.
        var sqlite = Directory.CreateDirectory(Path.Combine(run.Directory, "sqlite")).FullName;
        string SqliteFile(string service) => $"Data Source={Path.Combine(sqlite, service + ".db")}";
        run.Progress.WriteLine("Starting the platform on SQLite...");
        var onSqlite = await PlatformProcesses.StartAsync(run, new PlatformConfiguration(
            await broker.CreateVirtualHostAsync(ct), SqliteFile, sink.Endpoint, trivial.Address));
        await Task.Delay(scale.Settle, ct);
        var idle = MemoryLines.Read(onSqlite, broker.NodeProcessId);
        report.Add("residentIdle", idle);

        await Attempt(table, "R1", "HTTP through each layer", () =>
            new HttpPhase(run, scale, table).RunAsync(onSqlite, trivial, bare, sink.Endpoint), ct);
        await run.StopAsync(bare);
        await run.StopAsync(trivial);

        LoadFigures? sqliteLoad = null;
        await Attempt(table, "R2", "SQLite: end to end", async () =>
            sqliteLoad = await new LoadPhase(run, scale, table).RunAsync("SQLite", onSqlite, SqliteFile, () => MemoryLines.Read(onSqlite, broker.NodeProcessId)), ct);
        if (sqliteLoad is not null)
        {
            report.Add("sqliteSamples", sqliteLoad.Samples);
            MemoryLines.Add(table, idle, sqliteLoad.PeakResident, sqliteLoad.Samples.Max(sample => sample.Resident.Values.Sum()));
            await Attempt(table, "R3", "SQLite: outbox relay", () =>
                new RelayPhase(run, scale, table).RunAsync("SQLite", SqliteFile(PlatformServices.Basel), massTransit, sqliteLoad.RelayedPerSecond, countTransactions: false), ct);
        }
        else
        {
            table.Add(new ResultLine("R8", "resident memory under load", "not measured: R2 on SQLite failed", "–", null) { Failed = true });
        }

        run.Progress.WriteLine("Stopping the platform on SQLite...");
        await onSqlite.StopAsync();

        await Attempt(table, "R2", "PostgreSQL: end to end", () => RunOnPostgresAsync(run, broker, sink, scale, table, report, massTransit), ct);

        run.Progress.WriteLine("R5: compiling and rendering reports...");
        await Attempt(table, "R5", "report compile and render", () => new ReportPhase(scale, table, run.Progress).RunAsync(), ct);
        report.Add("telemetryReceived", sink.Received.ToDictionary(entry => entry.Key, entry => new { entry.Value.Exports, entry.Value.Bytes }));
    }

    /// <summary>
    /// Each service on a PostgreSQL server of its own (durable: fsync on), as production runs one per
    /// service; a server of its own also lets its transaction counter say how many transactions Basel's
    /// relay took (R7). Reporting's rows are grouped by the transaction that wrote them.
    /// </summary>
    private static async Task RunOnPostgresAsync(
        RunEnvironment run, RabbitMqBroker broker, TelemetrySink sink, Scale scale, ResultTable table, RunReport report, double massTransit)
    {
        var ct = run.CancellationToken;
        run.Progress.WriteLine("Starting a durable PostgreSQL server per service...");
        var servers = new Dictionary<string, PostgresServer>();
        try
        {
            var starting = PlatformServices.All.ToDictionary(service => service, _ => PostgresServer.StartAsync(durable: true, ct));
            foreach (var (service, server) in starting)
            {
                servers[service] = await server;
            }

            var databases = new Dictionary<string, string>();
            foreach (var (service, server) in servers)
            {
                databases[service] = await server.CreateDatabaseAsync(service.Replace('-', '_'), ct);
            }

            report.Add("postgres", servers.ToDictionary(entry => entry.Key, entry => entry.Value.Description));
            var ownServers = servers.Values.Select(server => server.AdminConnectionString).Distinct().Count() == servers.Count;

            run.Progress.WriteLine("Starting the platform on PostgreSQL...");
            var onPostgres = await PlatformProcesses.StartAsync(run, new PlatformConfiguration(
                await broker.CreateVirtualHostAsync(ct), service => databases[service], sink.Endpoint, null));
            try
            {
                await using var reporting = (PostgresStore)await ServiceStore.OpenAsync(databases[PlatformServices.Reporting], ct);
                var firstTransaction = await reporting.NextTransactionIdAsync(ct);
                var load = await new LoadPhase(run, scale, table).RunAsync("PostgreSQL", onPostgres, service => databases[service], () => MemoryLines.Read(onPostgres, broker.NodeProcessId));
                report.Add("postgresSamples", load.Samples);
                await Attempt(table, "R3", "PostgreSQL: outbox relay", () =>
                    new RelayPhase(run, scale, table).RunAsync("PostgreSQL", databases[PlatformServices.Basel], massTransit, load.RelayedPerSecond, ownServers), ct);

                var (written, committed, byTable) = await reporting.RowsWrittenSinceAsync(firstTransaction, ct);
                report.Add("reportingRowsWritten", byTable);
                var perTransaction = committed > 0 ? written / (double)committed : double.NaN;
                table.Add(new ResultLine("R7", "PostgreSQL: Reporting's consumers, rows written per transaction (R2 and R3)",
                    $"{ResultTable.Number(perTransaction, "0.0")} ({written:N0} rows, {committed:N0} transactions)",
                    "–", null)
                {
                    Values = new Dictionary<string, double> { ["rowsPerTransaction"] = perTransaction, ["rows"] = written, ["transactions"] = committed },
                });
            }
            finally
            {
                run.Progress.WriteLine("Stopping the platform on PostgreSQL...");
                await onPostgres.StopAsync();
            }
        }
        finally
        {
            await Task.WhenAll(servers.Values.Select(server => server.DisposeAsync().AsTask()));
        }
    }

    private static async Task<double> MeasureMessagingAsync(RunEnvironment run, RabbitMqBroker broker, Scale scale, ResultTable table)
    {
        var ct = run.CancellationToken;
        var virtualHost = await broker.CreateVirtualHostAsync(ct);
        run.Progress.WriteLine("B0: RabbitMQ.Client publish → consume...");
        var raw = double.NaN;
        await Attempt(table, "B0", "RabbitMQ.Client publish → consume", async () =>
        {
            raw = await RabbitMqBaseline.MeasureAsync(virtualHost, scale.MessagingDuration, scale.MessagingMaxMessages, ct);
            table.Add(new ResultLine("B0", "RabbitMQ.Client publish → consume, persistent 1 KiB, confirms in flight", $"{ResultTable.Number(raw)} msg/s", "baseline", null)
            {
                Values = new Dictionary<string, double> { ["messagesPerSecond"] = raw },
            });
        }, ct);

        run.Progress.WriteLine("B0: MassTransit publish → consume...");
        var massTransit = double.NaN;
        await Attempt(table, "B0", "MassTransit publish → consume", async () =>
        {
            massTransit = await MassTransitBaseline.MeasureAsync(virtualHost, scale.MessagingDuration, scale.MessagingMaxMessages, ct);
            table.Add(new ResultLine("B0", "MassTransit publish → consume, confirms, 1 KiB", $"{ResultTable.Number(massTransit)} msg/s ({massTransit / raw:0.00} of the raw client)", "baseline", null)
            {
                Values = new Dictionary<string, double> { ["messagesPerSecond"] = massTransit },
            });
        }, ct);
        return massTransit;
    }

    /// <summary>Runs one phase; a failure becomes its row's figure and the run goes on with the next phase.</summary>
    private static async Task Attempt(ResultTable table, string row, string what, Func<Task> phase, CancellationToken cancellationToken)
    {
        try
        {
            await phase();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Console.Error.WriteLine($"{row} {what} failed: {exception}");
            table.Failed(row, what, exception);
        }
    }
}
