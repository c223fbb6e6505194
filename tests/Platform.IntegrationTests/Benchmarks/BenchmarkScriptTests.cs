using System.Diagnostics;

namespace Platform.IntegrationTests.Benchmarks;

/// <summary>
/// <c>tools/bench.sh --smoke</c>: the platform benchmark starts, runs every row with a tiny load and
/// prints its table. It measures nothing here (no figure is checked): the full run is a program a
/// developer starts, not a test. It builds the solution in the configuration this test was built in
/// (mostly up to date by then): <c>dotnet test Platform.sln</c> may start this test before it has
/// built the benchmark program, which no test project references.
/// </summary>
public sealed class BenchmarkScriptTests
{
    private static readonly string[] Rows = ["B0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"];

    [Fact]
    public async Task Smoke_run_succeeds_and_prints_a_table_with_every_row()
    {
        var (root, configuration) = (Checkout.Root, Checkout.Configuration);
        var startInfo = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "tools/bench.sh", "--smoke", "--configuration", configuration })
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(9));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C's signal: the benchmark stops what it started; its watchdog would too.
            Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(40), CancellationToken.None);
            Assert.Fail($"tools/bench.sh --smoke did not finish within 9 minutes.\n{await output}\n{Tail(await errors)}");
        }

        var table = await output;
        Assert.True(process.ExitCode == 0, $"tools/bench.sh --smoke exited with {process.ExitCode}.\n{table}\n{Tail(await errors)}");
        var lines = table.Split('\n');
        Assert.Contains(lines, line => line.StartsWith("row ", StringComparison.Ordinal) && line.Contains("target", StringComparison.Ordinal));
        foreach (var row in Rows)
        {
            Assert.True(lines.Any(line => line.StartsWith(row + " ", StringComparison.Ordinal)), $"No {row} row in the table:\n{table}");
        }
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(60));
}
