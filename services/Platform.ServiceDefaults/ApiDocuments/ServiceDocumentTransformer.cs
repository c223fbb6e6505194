using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.ServiceDefaults.ApiDocuments;

/// <summary>The document as a whole: its title, the server a call goes to and the bearer-token scheme.</summary>
internal sealed class ServiceDocumentTransformer(string title) : IOpenApiDocumentTransformer
{
    public const string BearerSchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = title,
            Version = ApiDocumentExtensions.DocumentName,
            Description =
                "Every call needs a bearer token (JWT). Any platform role reads; only the team that owns the " +
                "service changes it. Errors answer with a ProblemDetails body that carries the trace id.",
        };

        // Paths are absolute (/api/basel/...) and the gateway forwards them unchanged, so the server is
        // the origin the document was read from: the gateway's when read through it, which is where
        // the reference page sends "try it out", and this service's own when read from it directly.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The origin this document was read from: the gateway, when read through it" }];

        document.AddComponent<IOpenApiSecurityScheme>(BearerSchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A token from the platform's OpenID Connect authority (in Development, from POST /api/auth/dev-token at the gateway).",
        });
        return Task.CompletedTask;
    }
}
