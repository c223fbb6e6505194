using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>
/// What to run and how hard: the benchmark's name, then <c>--rounds</c>, <c>--requests</c> (per round) and
/// <c>--clients</c>; for <c>platform</c> also <c>--duration</c> (seconds of sustained load), <c>--results</c>
/// (the folder its JSON goes to) and <c>--smoke</c> (every figure with a tiny load, to check that it runs).
/// </summary>
public sealed record BenchmarkOptions(string Benchmark, int Rounds, int Requests, int Clients)
{
    public int DurationSeconds { get; init; } = 60;

    public string? Results { get; init; }

    public bool Smoke { get; init; }

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var name = args.Count > 0 ? args[0] : "lists";
        // The platform benchmark loads the platform as a wrk run would, with sixteen connections.
        var options = name == "platform"
            ? new BenchmarkOptions(name, Rounds: 3, Requests: 1000, Clients: 16)
            : new BenchmarkOptions(name, Rounds: 5, Requests: 1000, Clients: 4);
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--smoke")
            {
                options = options with { Smoke = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Option '{args[i]}' needs a value.");
            }

            var text = args[++i];
            options = args[i - 1] switch
            {
                "--rounds" => options with { Rounds = Number(text) },
                "--requests" => options with { Requests = Number(text) },
                "--clients" => options with { Clients = Number(text) },
                "--duration" => options with { DurationSeconds = Number(text) },
                "--results" => options with { Results = text },
                _ => throw new ArgumentException($"Unknown option '{args[i - 1]}'."),
            };
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
