using Yarp.ReverseProxy.Transforms;

namespace Gateway.Routing;

public static class GatewayRoutingExtensions
{
    private static readonly string[] MethodOverrideHeaders = ["X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"];

    /// <summary>
    /// Routes and clusters come from the <c>ReverseProxy</c> configuration section: one route per
    /// service prefix (<c>/api/basel/**</c> ...), one per service for operations
    /// (<c>/ops/basel/**</c> to that service's <c>/ops/**</c>, policy <c>ops</c>), each naming the
    /// policy it requires, and one per service's OpenAPI document (<c>/openapi/basel.json</c> ...,
    /// GET only, no body, anonymous). Every other path goes to the web application (route
    /// <c>webapp</c>, the lowest priority of all, anonymous at the gateway because the web
    /// application signs its users in itself, without a timeout so that a page's live circuit
    /// stays open, with the client's own <c>Host</c> so that the links and redirects it makes
    /// lead back through the gateway), except under the gateway's own prefixes (<c>/api</c>,
    /// <c>/ops</c>, <c>/openapi</c>): there a path that matches no route answers 404 here and
    /// never reaches a service or the web application (<see cref="MapUnroutedPaths"/>).
    /// The gateway sets <c>X-Forwarded-*</c> itself (replacing whatever a client sent), drops
    /// hop-by-hop headers, and never passes on a method override: a service acts on the method
    /// the gateway authorized, nothing else. Its connections to the services leave from
    /// <see cref="ForwardingSourceAddress"/> when one is set.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayRouting(this IHostApplicationBuilder builder)
    {
        var source = ForwardingSourceAddress.Read(builder.Configuration);
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .ConfigureHttpClient((_, handler) =>
            {
                if (source is not null)
                {
                    handler.ConnectCallback = ForwardingSourceAddress.ConnectFrom(source);
                }
            })
            .AddTransforms(transforms =>
            {
                foreach (var header in MethodOverrideHeaders)
                {
                    transforms.AddRequestHeaderRemove(header);
                }

                transforms.AddRequestTransform(RemoveConnectionListedHeaders);
            });
        return builder;
    }

    /// <summary>
    /// Under <c>/api</c>, <c>/ops</c> and <c>/openapi</c>, what no route names is not found, here,
    /// rather than a page of the web application: a client of the APIs gets a ProblemDetails, and
    /// no path trick next to an anonymous document route reaches anything behind the gateway.
    /// </summary>
    public static WebApplication MapUnroutedPaths(this WebApplication app)
    {
        foreach (var prefix in new[] { "/api", "/ops", "/openapi" })
        {
            app.Map(prefix + "/{**path}", () => TypedResults.Problem(
                    "No service answers this path.", statusCode: StatusCodes.Status404NotFound, title: "Not found"))
                .ExcludeFromDescription();
        }

        return app;
    }

    /// <summary>Headers a client names in <c>Connection</c> are meant for the next hop only (RFC 9110 7.6.1).</summary>
    private static ValueTask RemoveConnectionListedHeaders(RequestTransformContext context)
    {
        foreach (var value in context.HttpContext.Request.Headers.Connection)
        {
            foreach (var name in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                         .Where(IsHeaderName))
            {
                context.ProxyRequest.Headers.Remove(name);
                context.ProxyRequest.Content?.Headers.Remove(name);
            }
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsHeaderName(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c));
}
