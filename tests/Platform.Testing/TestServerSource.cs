namespace Platform.Testing;

/// <summary>Values of <c>Source</c> on <see cref="RabbitMqBroker"/> and <see cref="PostgresServer"/>.</summary>
public static class TestServerSource
{
    /// <summary>A server named by an environment variable (run by someone else; cannot be stopped or restarted).</summary>
    public const string Environment = "env";

    /// <summary>A private server started for this test run from the locally installed binaries.</summary>
    public const string Private = "private";

    /// <summary>A container started through Testcontainers.</summary>
    public const string Container = "container";
}
