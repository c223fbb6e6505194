namespace Platform.Benchmarks;

/// <summary>Hosts that log warnings only: logging every request would measure the console.</summary>
internal static class QuietHosts
{
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:MassTransit"] = "Warning",
    };
}
