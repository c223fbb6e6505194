using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Benchmarks.EndToEnd.Processes;

namespace Platform.Benchmarks.EndToEnd.Output;

/// <summary>
/// The run's account: the machine it ran on (cores, memory, how busy it was at the start and the end),
/// the options, and the figures behind the table, written as JSON under <c>TestResults/bench/</c> (or
/// <c>--results</c>).
/// </summary>
internal sealed class RunReport(BenchmarkOptions options, Scale scale)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly string _loadAtStart = LoadAverage();
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Dictionary<string, object?> _details = [];
    private string _loadAtEnd = "";

    public string Heading => string.Create(CultureInfo.InvariantCulture,
        $"Platform benchmark{(options.Smoke ? " --smoke (a tiny load: the figures only show that each row runs)" : "")}: {_started:yyyy-MM-dd HH:mm} UTC, "
        + $"{Environment.ProcessorCount} cores, {MemoryGibibytes():0.0} GiB memory, load average {_loadAtStart} at the start and {_loadAtEnd} at the end, "
        + $"{_watch.Elapsed.TotalMinutes:0.0} min");

    public void Add(string name, object? value)
    {
        lock (_details)
        {
            _details[name] = value;
        }
    }

    public void Finish()
    {
        _watch.Stop();
        _loadAtEnd = LoadAverage();
    }

    /// <summary>Writes the JSON and returns its path.</summary>
    public string Save(ResultTable table)
    {
        var folder = options.Results ?? Path.Combine(BuildOutput.OfThisBenchmark().RepositoryRoot, "TestResults", "bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"platform-{_started:yyyyMMdd-HHmmss}{(options.Smoke ? "-smoke" : "")}.json");
        var document = new
        {
            machine = new
            {
                cores = Environment.ProcessorCount,
                memoryGibibytes = MemoryGibibytes(),
                os = Environment.OSVersion.VersionString,
                runtime = Environment.Version.ToString(),
                loadAverageAtStart = _loadAtStart,
                loadAverageAtEnd = _loadAtEnd,
            },
            started = _started,
            minutes = _watch.Elapsed.TotalMinutes,
            options,
            scale,
            rows = table.Lines,
            details = _details,
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
        return path;
    }

    /// <summary>The 1, 5 and 15 minute load averages: on a shared machine they say how much the figures may be disturbed.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static double MemoryGibibytes()
    {
        try
        {
            var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0 / 1024;
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException)
        {
            return double.NaN;
        }
    }
}
