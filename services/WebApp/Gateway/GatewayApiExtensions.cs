namespace WebApp.Gateway;

public static class GatewayApiExtensions
{
    /// <summary>The gateway's address (<c>Gateway:Address</c>) and the client every page calls it with.</summary>
    public static IHostApplicationBuilder AddGatewayApis(this IHostApplicationBuilder builder)
    {
        var address = builder.Configuration["Gateway:Address"] is { Length: > 0 } configured
            ? new Uri(configured.EndsWith('/') ? configured : configured + "/")
            : throw new InvalidOperationException("Gateway:Address must name the gateway the web application calls.");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SignedInUser>();
        builder.Services.AddHttpClient<GatewayApi>(client =>
        {
            client.BaseAddress = address;
            // Each call sets its own limit (GatewayApi.DefaultTimeout, or longer where it must).
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        return builder;
    }
}
