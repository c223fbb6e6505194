namespace Platform.ServiceDefaults;

/// <summary>The deployable's short name (<c>basel</c>, <c>reporting</c>, <c>gateway</c>): telemetry resource, queue prefix, database file.</summary>
public sealed record ServiceIdentity(string Name)
{
    internal static ServiceIdentity Of(IHostApplicationBuilder builder) =>
        builder.Properties.TryGetValue(typeof(ServiceIdentity), out var identity) && identity is ServiceIdentity known
            ? known
            : throw new InvalidOperationException("Call AddServiceDefaults(serviceName) before adding persistence or messaging.");

    internal void AttachTo(IHostApplicationBuilder builder) => builder.Properties[typeof(ServiceIdentity)] = this;
}
