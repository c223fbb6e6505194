namespace Platform.AppHost;

/// <summary>How the AppHost tells one deployable where another listens.</summary>
internal static class ServiceAddresses
{
    /// <summary>Points the gateway's YARP cluster <paramref name="cluster"/> at a service's HTTP endpoint.</summary>
    public static IResourceBuilder<ProjectResource> WithClusterDestination(
        this IResourceBuilder<ProjectResource> gateway, string cluster, IResourceBuilder<ProjectResource> service) =>
        gateway.WithEnvironment(
            $"ReverseProxy__Clusters__{cluster}__Destinations__primary__Address",
            service.GetEndpoint("http"));

    /// <summary>Tells the reporting service where a source's contribution manifest is (<c>Reporting:Sources:{source}</c>).</summary>
    public static IResourceBuilder<ProjectResource> WithReportSource(
        this IResourceBuilder<ProjectResource> reporting, string source, IResourceBuilder<ProjectResource> service) =>
        reporting.WithEnvironment($"Reporting__Sources__{source}", service.GetEndpoint("http"));
}
