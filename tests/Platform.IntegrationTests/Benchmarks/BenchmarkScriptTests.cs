using System.Diagnostics;

namespace Platform.IntegrationTests.Benchmarks;

/// <summary>
/// <c>tools/bench.sh --smoke</c>: the platform benchmark starts, runs every row with a tiny load and
/// prints its table. It measures nothing here (no figure is checked): the full run is a program a
/// developer starts, not a test. It runs the build of the configuration this test was built in:
/// under <c>tests/run.sh</c>, which builds the solution first, as it is; otherwise it builds the
/// solution first (mostly up to date by then), as <c>dotnet test</c> on its own may start this test
/// before it has built the benchmark program, which no test project references.
/// </summary>
public sealed class BenchmarkScriptTests
{
    private static readonly string[] Rows = ["B0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"];

    /// <summary>Set to 1 by <c>tests/run.sh</c>, which builds the solution before it runs the tests.</summary>
    private const string SolutionBuilt = "PLATFORM_TEST_SOLUTION_BUILT";

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
        // tests/run.sh builds the whole solution before any test runs, and says so; a test run of its own
        // (dotnet test on this project) may reach this test before the benchmark program is built.
        var built = Environment.GetEnvironmentVariable(SolutionBuilt) == "1";
        foreach (var argument in new[] { "tools/bench.sh", "--smoke", "--configuration", configuration }.Concat(built ? ["--no-build"] : []))
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
