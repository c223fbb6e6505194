namespace Gateway.ApiReference;

/// <summary>
/// A route in the <c>ReverseProxy</c> section that forwards to a service's OpenAPI document: it
/// carries the name the reference page lists it under in its metadata (<c>"ApiDocument"</c>).
/// Reading the list from the routes keeps one place that says which documents the gateway serves.
/// </summary>
public sealed record ApiDocumentRoute(string Title, string Path)
{
    public const string MetadataKey = "ApiDocument";

    public static IReadOnlyList<ApiDocumentRoute> From(IConfiguration reverseProxy) =>
        reverseProxy.GetSection("Routes").GetChildren()
            .Select(route => (Title: route[$"Metadata:{MetadataKey}"], Path: route["Match:Path"]))
            .Where(route => !string.IsNullOrWhiteSpace(route.Title) && !string.IsNullOrWhiteSpace(route.Path))
            .Select(route => new ApiDocumentRoute(route.Title!, route.Path!))
            .ToList();
}
