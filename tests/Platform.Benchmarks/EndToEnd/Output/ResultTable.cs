using System.Globalization;

namespace Platform.Benchmarks.EndToEnd.Output;

/// <summary>
/// The benchmark's one table: every row B0, R1–R8 of the issue that asked for it, each line saying what
/// was measured, the figure, the target and whether the figure meets it. A row whose measurement failed
/// says so in its figure; the run then exits non-zero.
/// </summary>
internal sealed class ResultTable
{
    public static readonly string[] RowNames = ["B0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"];

    private readonly List<ResultLine> _lines = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<ResultLine> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines.OrderBy(line => Array.IndexOf(RowNames, line.Row))];
            }
        }
    }

    public bool AnyFailed => Lines.Any(line => line.Failed);

    public void Add(ResultLine line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
    }

    public void Failed(string row, string what, Exception exception) =>
        Add(new ResultLine(row, what, $"failed: {FirstLine(exception.Message)}", "–", null) { Failed = true });

    public void Write(TextWriter output)
    {
        var lines = Lines;
        string[] headings = ["row", "what", "figure", "target", "met"];
        var cells = lines.Select(line => new[] { line.Row, line.What, line.Figure, line.Target, Met(line) }).ToList();
        var widths = headings.Select((heading, column) => cells.Select(c => c[column].Length).Prepend(heading.Length).Max()).ToArray();
        output.WriteLine(Format(headings, widths));
        output.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in cells)
        {
            output.WriteLine(Format(row, widths));
        }
    }

    public static string Number(double value, string format = "N0") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "∞";

    private static string Met(ResultLine line) => line.Met switch
    {
        true => "yes",
        false => "no",
        null => "–",
    };

    private static string Format(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        string.Join("  ", cells.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd();

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}

/// <summary>
/// One line of the table. <paramref name="Met"/> is null where the issue sets no target (a baseline, a
/// figure shown for context). <see cref="Values"/> are the numbers behind the figure, for the JSON.
/// </summary>
internal sealed record ResultLine(string Row, string What, string Figure, string Target, bool? Met)
{
    public bool Failed { get; init; }

    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();
}
