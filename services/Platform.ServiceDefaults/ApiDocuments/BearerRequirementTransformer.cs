using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.ApiDocuments;

/// <summary>
/// Marks every operation that needs a token with the bearer scheme, and says what a refusal looks
/// like: 401 without a valid token, 403 when the endpoint names a policy the token's roles do not meet.
/// The fallback policy closes every endpoint that is not explicitly anonymous, so that is the test.
/// </summary>
internal sealed class BearerRequirementTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ServiceDocumentTransformer.BearerSchemeName, context.Document)] = [],
        });

        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No token, or one that is expired, unsigned or not for this platform." });
        if (metadata.OfType<IAuthorizeData>().Any(data => data.Policy is not null || data.Roles is not null))
        {
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's roles do not allow this call: it needs the owning team's role." });
        }

        return Task.CompletedTask;
    }
}
