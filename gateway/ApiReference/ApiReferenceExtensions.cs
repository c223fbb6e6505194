using Gateway.Limits;

namespace Gateway.ApiReference;

public static class ApiReferenceExtensions
{
    /// <summary>Where the gateway serves its API reference page.</summary>
    public const string PagePath = "/api-reference";

    /// <summary>
    /// The API reference page: swagger-ui with every service's document (as served by the gateway's
    /// document routes) to choose from, an Authorize button for a bearer token, and "Try it out"
    /// calls that go through this gateway. The page and its scripts are embedded in the package and
    /// served from here, so it works without internet access; swagger-ui's online validator stays off.
    /// Anonymous like the documents: the page holds no data, and every call it makes carries the
    /// user's token and meets the routes' own policies.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var documents = ApiDocumentRoute.From(app.Configuration.GetSection("ReverseProxy"));
        app.MapSwaggerUI(PagePath.TrimStart('/'), page =>
            {
                page.DocumentTitle = "BRS cooperation platform: API reference";
                foreach (var document in documents)
                {
                    page.SwaggerEndpoint(document.Path, document.Title);
                }

                page.EnableValidator(null);
                page.DisplayRequestDuration();
            })
            .AllowAnonymous()
            .RequireRateLimiting(GatewayLimitsExtensions.PerClient);
        return app;
    }
}
