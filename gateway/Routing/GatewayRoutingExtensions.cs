namespace Gateway.Routing;

public static class GatewayRoutingExtensions
{
    /// <summary>
    /// Routes and clusters come from the <c>ReverseProxy</c> configuration section: one route per
    /// service prefix (<c>/api/basel/**</c> ...), each naming the policy it requires. A path that
    /// matches no route answers 404 here and never reaches a service.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayRouting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }
}
