using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.Testing.Internal;

/// <summary>Faults a private node can be put through, and what it holds: killed, frozen, short of memory.</summary>
internal sealed partial class PrivateRabbitMqNode
{
    /// <summary>
    /// Kills every process of the node outright (SIGKILL, no shutdown: the broker's data stays as a crash left
    /// it) and returns once its AMQP port is closed. <see cref="RestartAsync"/> brings it back on its data.
    /// </summary>
    public async Task KillAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (node is null)
            {
                return;
            }

            await node.KillAsync().ConfigureAwait(false);
            node.Dispose();
            node = null;
            await Ports.WaitUntilClosedAsync(AmqpPort, TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Stops (SIGSTOP) or continues (SIGCONT) every process of the node: frozen, its sockets stay open and answer nothing.</summary>
    public void Freeze(bool frozen)
    {
        var server = node ?? throw new InvalidOperationException($"The node {NodeName} is not running.");
        foreach (var pid in Posix.LiveProcessTree(server.Id))
        {
            Posix.Signal(pid, frozen ? Posix.SigStop : Posix.SigCont);
        }
    }

    /// <summary>Sets the memory high watermark (a fraction of the machine's memory) at run time, as <c>rabbitmqctl set_vm_memory_high_watermark</c>.</summary>
    public async Task SetMemoryHighWatermarkAsync(double fraction, CancellationToken ct)
    {
        var (exitCode, output) = await ControlAsync(
            ["set_vm_memory_high_watermark", fraction.ToString("0.##########", CultureInfo.InvariantCulture)], ct).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl set_vm_memory_high_watermark failed with code {exitCode}:\n{output}");
        }
    }

    /// <summary>The client connections and channels the node holds now.</summary>
    public async Task<(int Connections, int Channels)> CountConnectionsAsync(CancellationToken ct)
    {
        var (exitCode, output) = await ControlAsync(
            ["eval", "io:format(\"~b ~b~n\", [length(rabbit_networking:connections()), length(rabbit_channel:list())])."], ct).ConfigureAwait(false);
        var counts = CountsLine().Match(output);
        if (exitCode != 0 || !counts.Success)
        {
            throw new InvalidOperationException($"Counting the node's connections failed with code {exitCode}:\n{output}");
        }

        return (int.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(counts.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(\d+) (\d+)$", RegexOptions.Multiline)]
    private static partial Regex CountsLine();
}
