using Platform.ServiceDefaults.Health;

namespace Gateway.Health;

public static class GatewayHealthExtensions
{
    public static IHostApplicationBuilder AddGatewayHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(ServiceReachabilityCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(2));
        builder.Services.AddHealthChecks().AddCheck<ServiceReachabilityCheck>("services", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }
}
