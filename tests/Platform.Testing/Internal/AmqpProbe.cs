using RabbitMQ.Client;

namespace Platform.Testing.Internal;

internal static class AmqpProbe
{
    /// <summary>Opens and closes one AMQP connection; returns null on success, else the error.</summary>
    public static async Task<Exception?> TryConnectAsync(Uri uri, CancellationToken ct)
    {
        var factory = new ConnectionFactory
        {
            Uri = uri,
            AutomaticRecoveryEnabled = false,
            TopologyRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            ClientProvidedName = "platform-testing-readiness-probe",
        };
        try
        {
            await using var connection = await factory.CreateConnectionAsync(ct).ConfigureAwait(false);
            await connection.CloseAsync(ct).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return ex;
        }
    }

    /// <summary>The URI with any password replaced, for messages.</summary>
    public static string Redact(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            return uri;
        }

        var builder = new UriBuilder(parsed) { Password = "***" };
        return builder.Uri.ToString();
    }
}
