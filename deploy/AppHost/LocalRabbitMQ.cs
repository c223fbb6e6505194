using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.AppHost;

/// <summary>
/// A RabbitMQ node run from the locally installed <c>rabbitmq-server</c>, for machines without a
/// Docker engine. It is isolated from any system-wide node: its own name, cookie, data, logs,
/// configuration and port mapper daemon, all listening on 127.0.0.1 only.
/// </summary>
internal sealed class LocalRabbitMQServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public EndpointReference AmqpEndpoint => new(this, "amqp");

    // guest may only connect over loopback, which is all this node listens on.
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@{AmqpEndpoint.Property(EndpointProperty.IPV4Host)}:{AmqpEndpoint.Property(EndpointProperty.Port)}/");
}

internal static class LocalRabbitMQBuilderExtensions
{
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    public const int AmqpPort = 5672;
    public const int ManagementPort = 15672;
    public const int DistributionPort = 25672;

    // Not epmd's usual 4369, so that an epmd the machine already runs does not collide with ours.
    public const int PortMapperPort = 4370;

    public static IResourceBuilder<LocalRabbitMQServerResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, string name, string dataDirectory)
    {
        if (!File.Exists(ServerScript))
        {
            throw new DistributedApplicationException(
                $"No Docker engine answers and {ServerScript} is missing: install it with " +
                "'apt-get install rabbitmq-server' (deploy/run.sh does) or start a Docker engine.");
        }

        EnsurePortIsFree(AmqpPort);

        var configDirectory = Path.Combine(builder.AppHostDirectory, "rabbitmq");
        var home = Directory.CreateDirectory(Path.Combine(dataDirectory, "home")).FullName;
        var logs = Directory.CreateDirectory(Path.Combine(dataDirectory, "log")).FullName;
        var mnesia = Directory.CreateDirectory(Path.Combine(dataDirectory, "mnesia")).FullName;

        // A node starts epmd as a daemon that outlives it; running epmd as a resource of its own
        // lets the AppHost stop it together with the node.
        var portMapper = builder
            .AddExecutable($"{name}-epmd", "epmd", dataDirectory,
                "-address", "127.0.0.1", "-port", PortMapperPort.ToString())
            .WithTcpHealthCheck(PortMapperPort);

        return builder.AddResource(new LocalRabbitMQServerResource(name, ServerScript, dataDirectory))
            .WithEndpoint(port: AmqpPort, scheme: "tcp", name: "amqp", isProxied: false)
            .WithHttpEndpoint(port: ManagementPort, name: "management", isProxied: false)
            .WithEnvironment("HOME", home) // the Erlang cookie lives here
            .WithEnvironment("ERL_EPMD_PORT", PortMapperPort.ToString())
            .WithEnvironment("RABBITMQ_NODENAME", "platform@localhost")
            .WithEnvironment("RABBITMQ_NODE_IP_ADDRESS", "127.0.0.1")
            .WithEnvironment("RABBITMQ_NODE_PORT", AmqpPort.ToString())
            .WithEnvironment("RABBITMQ_DIST_PORT", DistributionPort.ToString())
            .WithEnvironment("RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS", "-kernel inet_dist_use_interface {127,0,0,1}")
            .WithEnvironment("RABBITMQ_MNESIA_BASE", mnesia)
            .WithEnvironment("RABBITMQ_LOG_BASE", logs)
            .WithEnvironment("RABBITMQ_PID_FILE", Path.Combine(dataDirectory, "platform.pid"))
            .WithEnvironment("RABBITMQ_CONF_ENV_FILE", Path.Combine(configDirectory, "rabbitmq-env.conf"))
            .WithEnvironment("RABBITMQ_CONFIG_FILE", Path.Combine(configDirectory, "rabbitmq.conf"))
            .WithEnvironment("RABBITMQ_ENABLED_PLUGINS_FILE", Path.Combine(configDirectory, "enabled_plugins"))
            .WithTcpHealthCheck(AmqpPort)
            .WaitFor(portMapper);
    }

    private static IResourceBuilder<T> WithTcpHealthCheck<T>(this IResourceBuilder<T> resource, int port)
        where T : IResource
    {
        var checkName = $"{resource.Resource.Name}-tcp-{port}";
        resource.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(checkName, async cancellationToken =>
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (SocketException e)
            {
                return HealthCheckResult.Unhealthy($"127.0.0.1:{port} does not accept connections", e);
            }
        });
        return resource.WithHealthCheck(checkName);
    }

    private static void EnsurePortIsFree(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
        }
        catch (SocketException)
        {
            throw new DistributedApplicationException(
                $"Port {port} is already taken, most likely by the machine's own RabbitMQ service. " +
                "Stop it (e.g. 'systemctl stop rabbitmq-server') and start again.");
        }
    }
}
