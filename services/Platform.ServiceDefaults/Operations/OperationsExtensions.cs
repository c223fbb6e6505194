using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Operations.DeadLetters;

namespace Platform.ServiceDefaults.Operations;

public static class OperationsExtensions
{
    /// <summary>The policy every operations endpoint requires, in each service and on the gateway's <c>/ops/**</c> routes.</summary>
    public const string Policy = "ops";

    /// <summary>Where a service maps its operations endpoints; the gateway maps its own under <c>/ops/gateway</c>.</summary>
    public const string ServicePath = "/ops";

    public static IServiceCollection AddPlatformOperations(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(AuthenticationExtensions.RoleClaim, PlatformRoles.Ops));
        return services;
    }

    /// <summary>
    /// What operations watches, only for the <c>ops</c> role: the full health report (every check,
    /// with its duration and error), the metrics in Prometheus text, and, where the deployable has
    /// a bus, the dead letters in its <c>_error</c> queues and their replay.
    /// </summary>
    public static IEndpointRouteBuilder MapOperationsApi(this IEndpointRouteBuilder endpoints, string path)
    {
        // Not in the service's API document: through the gateway these paths are /ops/{deployable}/**,
        // not where the document's server would send a call.
        var operations = endpoints.MapGroup(path).RequireAuthorization(Policy).ExcludeFromDescription();

        operations.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteDetailedAsync });
        operations.MapPrometheusScrapingEndpoint("/metrics");

        if (endpoints.ServiceProvider.GetService<DeadLetterQueues>() is not null)
        {
            operations.MapDeadLettersApi();
        }

        return endpoints;
    }
}
