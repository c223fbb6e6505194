namespace Platform.AppHost;

internal static class GatewayRoutes
{
    /// <summary>Points the gateway's YARP cluster <paramref name="cluster"/> at a service's HTTP endpoint.</summary>
    public static IResourceBuilder<ProjectResource> WithClusterDestination(
        this IResourceBuilder<ProjectResource> gateway, string cluster, IResourceBuilder<ProjectResource> service) =>
        gateway.WithEnvironment(
            $"ReverseProxy__Clusters__{cluster}__Destinations__primary__Address",
            service.GetEndpoint("http"));
}
