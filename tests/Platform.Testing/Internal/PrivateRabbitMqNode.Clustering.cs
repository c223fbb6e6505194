namespace Platform.Testing.Internal;

/// <summary>Cluster membership and queue placement on a private node, through rabbitmqctl.</summary>
internal sealed partial class PrivateRabbitMqNode
{
    /// <summary>
    /// Makes this freshly started node a member of <paramref name="seedNodeName"/>'s cluster, as an operator would:
    /// <c>stop_app</c>, <c>join_cluster</c>, <c>start_app</c>. Returns when it accepts AMQP connections again.
    /// </summary>
    public async Task JoinClusterAsync(string seedNodeName, CancellationToken ct)
    {
        foreach (var command in new[] { new[] { "stop_app" }, ["join_cluster", seedNodeName], ["start_app"] })
        {
            await RequireControlAsync(command, ct).ConfigureAwait(false);
        }

        await WaitForAmqpAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The queues of <paramref name="virtualHost"/> as the cluster sees them: name, type (<c>quorum</c>,
    /// <c>classic</c>), and for a quorum queue its leader's node name.
    /// </summary>
    public async Task<IReadOnlyList<(string Name, string Type, string Leader)>> ListQueuesAsync(string virtualHost, CancellationToken ct)
    {
        var output = await RequireControlAsync(
            ["list_queues", "-p", virtualHost, "--quiet", "--no-table-headers", "name", "type", "leader"], ct).ConfigureAwait(false);
        return
        [
            .. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(line => line.Split('\t'))
                .Where(columns => columns.Length >= 2)
                .Select(columns => (columns[0], columns[1], columns.Length > 2 ? columns[2] : string.Empty)),
        ];
    }

    private async Task<string> RequireControlAsync(string[] command, CancellationToken ct)
    {
        var (exitCode, output) = await ControlAsync(command, ct).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl -n {NodeName} {string.Join(' ', command)} failed with code {exitCode}:\n{output}");
        }

        return output;
    }
}
