namespace Platform.FaultTests.Harness;

/// <summary>
/// The suite's one table: a row per case, in the order the cases ran, written (Markdown) to
/// <c>fault-table.md</c> under the test run's results (<c>PLATFORM_TEST_RESULTS</c>, else
/// <c>TestResults/</c> in the checkout) after every case, so that a run cut short still leaves what it
/// found. <c>tests/run.sh</c> prints it at the end of the run.
/// </summary>
internal sealed class FaultTable
{
    private readonly List<CaseOutcome> _rows = [];
    private readonly Lock _gate = new();

    public string Path { get; } = System.IO.Path.Combine(
        Environment.GetEnvironmentVariable("PLATFORM_TEST_RESULTS") is { Length: > 0 } results ? results : System.IO.Path.Combine(Checkout.Root, "TestResults"),
        "fault-table.md");

    public void Add(CaseOutcome outcome)
    {
        lock (_gate)
        {
            _rows.Add(outcome);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.WriteAllText(Path, Render(_rows));
        }
    }

    public static string Render(IEnumerable<CaseOutcome> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| case | sent | acknowledged | arrived | lost | applied twice | out of order | recovery | dead-lettered | duplicates absorbed |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Case} | {row.Sent} | {row.Acknowledged} | {row.Arrived} | {row.Lost} | {row.AppliedTwice} | {row.OutOfOrder} | "
                + $"{(row.Recovery is { } recovery ? $"{recovery.TotalSeconds:0.0} s" : "never")} | {row.DeadLettered} | {(row.Absorbed?.ToString(CultureInfo.InvariantCulture) ?? "n/a")} |");
        }

        return text.ToString();
    }
}
