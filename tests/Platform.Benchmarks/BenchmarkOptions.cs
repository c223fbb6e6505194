using System.Globalization;

namespace Platform.Benchmarks;

/// <summary>What to run and how hard: the benchmark's name, then <c>--rounds</c>, <c>--requests</c> (per round) and <c>--clients</c>.</summary>
public sealed record BenchmarkOptions(string Benchmark, int Rounds, int Requests, int Clients)
{
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions(args.Count > 0 ? args[0] : "lists", Rounds: 5, Requests: 1000, Clients: 4);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--rounds" => options with { Rounds = value },
                "--requests" => options with { Requests = value },
                "--clients" => options with { Clients = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }

        return options;
    }
}
