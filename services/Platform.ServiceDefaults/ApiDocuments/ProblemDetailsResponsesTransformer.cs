using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.ApiDocuments;

/// <summary>
/// An error answered without a body (a 404 from <c>TypedResults.NotFound()</c>, a 401 from the
/// token check) still reaches the client as ProblemDetails, written by the status-code pages of
/// <c>MapDefaultEndpoints</c>; the document says so instead of showing an empty response.
/// </summary>
internal sealed class ProblemDetailsResponsesTransformer : IOpenApiOperationTransformer
{
    private const string SchemaName = nameof(ProblemDetails);
    private const string ContentType = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var bodiless = (operation.Responses ?? [])
            .Where(response => response.Key.Length == 3 && response.Key[0] is '4' or '5')
            .Select(response => response.Value)
            .OfType<OpenApiResponse>()
            .Where(response => response.Content is not { Count: > 0 })
            .ToList();
        if (bodiless.Count == 0)
        {
            return;
        }

        if (context.Document?.Components?.Schemas?.ContainsKey(SchemaName) != true)
        {
            context.Document?.AddComponent<IOpenApiSchema>(SchemaName, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        }

        foreach (var response in bodiless)
        {
            response.Content = new Dictionary<string, OpenApiMediaType>
            {
                [ContentType] = new() { Schema = new OpenApiSchemaReference(SchemaName, context.Document) },
            };
        }
    }
}
