namespace Platform.Testing.Internal;

/// <summary>Virtual hosts on a private node, through rabbitmqctl.</summary>
internal sealed partial class PrivateRabbitMqNode
{
    public const string ControlScript = "/usr/lib/rabbitmq/bin/rabbitmqctl";

    /// <summary>Creates a virtual host on the node and gives <paramref name="user"/> full permissions on it.</summary>
    public async Task CreateVirtualHostAsync(string name, string user, CancellationToken ct)
    {
        // Each rabbitmqctl run boots an Erlang VM (about a second), so both steps go in one eval; the
        // documented commands are the fallback should those internal functions change.
        var (exitCode, output) = await ControlAsync(
            ["eval", $"ok = rabbit_vhost:add(<<\"{name}\">>, <<\"platform-testing\">>), "
                + $"rabbit_auth_backend_internal:set_permissions(<<\"{user}\">>, <<\"{name}\">>, <<\".*\">>, <<\".*\">>, <<\".*\">>, <<\"platform-testing\">>)."],
            ct).ConfigureAwait(false);
        if (exitCode == 0)
        {
            return;
        }

        foreach (var command in new[] { new[] { "add_vhost", name }, ["set_permissions", "-p", name, user, ".*", ".*", ".*"] })
        {
            (exitCode, output) = await ControlAsync(command, ct).ConfigureAwait(false);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', command)} failed with code {exitCode}:\n{output}");
            }
        }
    }

    private Task<(int ExitCode, string Output)> ControlAsync(IEnumerable<string> arguments, CancellationToken ct) =>
        CommandRunner.RunAsync(
            [ControlScript, "-n", NodeName, .. arguments],
            Directory,
            TimeSpan.FromSeconds(60),
            ct,
            new Dictionary<string, string?>
            {
                ["HOME"] = environment["HOME"],
                ["ERL_EPMD_PORT"] = environment["ERL_EPMD_PORT"],
                ["RABBITMQ_CONF_ENV_FILE"] = environment["RABBITMQ_CONF_ENV_FILE"],
                ["RABBITMQ_CTL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            },
            ["RABBITMQ_", "ERL_"]);
}
