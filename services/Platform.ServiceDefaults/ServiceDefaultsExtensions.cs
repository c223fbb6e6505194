using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Forwarding;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Operations;
using Platform.ServiceDefaults.Telemetry;
using Platform.ServiceDefaults.Text;

namespace Platform.ServiceDefaults;

/// <summary>
/// The cross-cutting concerns every deployable shares: telemetry, health, ProblemDetails,
/// forwarded headers from trusted proxies only, bearer-token authentication, the platform's
/// text rule on every request (<see cref="PlatformText"/>) and the operations endpoints. Persistence and messaging are added separately (<see cref="Persistence.PersistenceExtensions"/>,
/// <see cref="Messaging.MessagingExtensions"/>) because the gateway has neither.
/// </summary>
public static class ServiceDefaultsExtensions
{
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddHostDefaults(serviceName);
        builder.AddPlatformAuthentication();
        builder.Services.AddPlatformOperations();
        return builder;
    }

    /// <summary>
    /// What every deployable shares whoever its callers are: its identity, telemetry, health,
    /// ProblemDetails and forwarded headers from trusted proxies only. The web application stops
    /// here: it signs browsers in with a cookie of its own instead of accepting bearer tokens.
    /// </summary>
    public static IHostApplicationBuilder AddHostDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        var identity = new ServiceIdentity(serviceName);
        identity.AttachTo(builder);
        builder.Services.AddSingleton(identity);
        builder.AddPlatformTelemetry(serviceName);
        builder.Services.AddPlatformHealthChecks();
        builder.Services.AddPlatformProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new PlatformTextJsonConverter()));
        builder.AddTrustedForwardedHeaders();
        return builder;
    }

    /// <param name="operationsPath">Where the operations endpoints go: <c>/ops</c> in a service.</param>
    public static WebApplication MapDefaultEndpoints(this WebApplication app, string operationsPath = OperationsExtensions.ServicePath)
    {
        app.UseTrustedForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: a caller without a token hears 401 before anything about its query.
        app.UseMiddleware<RequestTextMiddleware>();
        app.MapPlatformHealthChecks();
        app.MapOperationsApi(operationsPath);
        return app;
    }
}
