using Platform.Benchmarks.EndToEnd.Processes;
using Platform.Benchmarks.EndToEnd.Output;

namespace Platform.Benchmarks.EndToEnd.Phases;

/// <summary>
/// R8: each deployable's resident memory when the platform has started and is left alone, and the most
/// it held under R2's load; and the local run's total, the broker node included. The targets are
/// for the idle figures: a service at most 120 MB, the gateway at most 80 MB.
/// </summary>
internal static class MemoryLines
{
    public const string Broker = "rabbitmq";

    private const double Megabyte = 1024 * 1024;

    /// <summary>
    /// <paramref name="underLoad"/> holds each process's peak; the total under load is the largest sum of one
    /// sampling, <paramref name="underLoadTotal"/>, since the processes need not peak at the same moment.
    /// </summary>
    public static void Add(ResultTable table, IReadOnlyDictionary<string, long> idle, IReadOnlyDictionary<string, long> underLoad, long underLoadTotal)
    {
        foreach (var (name, bytes) in idle.Where(entry => entry.Key != Broker))
        {
            var target = name == PlatformProcesses.GatewayName ? 80 : 120;
            var peak = underLoad.GetValueOrDefault(name);
            table.Add(new ResultLine("R8", $"{name}: resident memory idle / under load", $"{bytes / Megabyte:N0} / {peak / Megabyte:N0} MB", $"idle ≤ {target} MB", bytes / Megabyte <= target)
            {
                Values = new Dictionary<string, double> { ["idleMegabytes"] = bytes / Megabyte, ["underLoadMegabytes"] = peak / Megabyte },
            });
        }

        var idleTotal = idle.Values.Sum();
        var loadTotal = underLoadTotal;
        var broker = idle.TryGetValue(Broker, out var node) ? $", RabbitMQ node {node / Megabyte:N0} MB idle" : "";
        table.Add(new ResultLine("R8", "the local run in total: every deployable and the broker, idle / under load",
            $"{idleTotal / Megabyte:N0} / {loadTotal / Megabyte:N0} MB{broker}", "–", null)
        {
            Values = new Dictionary<string, double> { ["idleMegabytes"] = idleTotal / Megabyte, ["underLoadMegabytes"] = loadTotal / Megabyte },
        });
    }

    /// <summary>Every deployable's resident bytes now, and the broker node's (all its processes) when it is a private one.</summary>
    public static IReadOnlyDictionary<string, long> Read(PlatformProcesses platform, int? brokerProcess)
    {
        var resident = platform.Deployables.ToDictionary(entry => entry.Key, entry => entry.Value.ResidentBytes());
        if (brokerProcess is { } leader)
        {
            resident[Broker] = ResidentMemory.OfProcessTree(leader);
        }

        return resident;
    }
}
