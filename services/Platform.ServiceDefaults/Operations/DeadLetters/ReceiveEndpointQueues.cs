using System.Collections.Concurrent;
using MassTransit;

namespace Platform.ServiceDefaults.Operations.DeadLetters;

/// <summary>
/// The queues of the receive endpoints this service's bus configures, as the bus configures them
/// (consumer definitions, the endpoint name formatter, any endpoint added by hand), so the
/// operations endpoints never work from a list someone has to keep in step. Temporary endpoints
/// are left out: they go with the process, and so does anything that failed in them.
/// </summary>
public sealed class ReceiveEndpointQueues : IEndpointConfigurationObserver
{
    private readonly ConcurrentDictionary<string, byte> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => [.. _names.Keys.Order(StringComparer.Ordinal)];

    public void EndpointConfigured<T>(T configurator) where T : IReceiveEndpointConfigurator
    {
        var address = configurator.InputAddress;
        if (IsTemporary(address))
        {
            return;
        }

        _names.TryAdd(Uri.UnescapeDataString(address.Segments[^1]), 0);
    }

    private static bool IsTemporary(Uri address) =>
        address.Query.Contains("temporary=true", StringComparison.OrdinalIgnoreCase)
        || address.Query.Contains("autodelete=true", StringComparison.OrdinalIgnoreCase);
}
