using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Platform.ServiceDefaults.Forwarding;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Behind the gateway a service sees the gateway's address, not the client's. The gateway
    /// sets <c>X-Forwarded-For</c>, <c>-Proto</c> and <c>-Host</c> itself, so a service applies
    /// them, one hop only, when the request comes from a trusted proxy
    /// (<see cref="TrustedProxies.SettingName"/>) and ignores them from anyone else. Logs,
    /// traces and limits then name the real client.
    /// </summary>
    public static IHostApplicationBuilder AddTrustedForwardedHeaders(this IHostApplicationBuilder builder)
    {
        var trusted = TrustedProxies.Parse(builder.Configuration[TrustedProxies.SettingName]);
        builder.Services.AddSingleton(trusted);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            // The framework trusts loopback by default; only what is configured counts here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in trusted.Addresses)
            {
                options.KnownProxies.Add(address);
            }

            foreach (var network in trusted.Networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return builder;
    }

    public static WebApplication UseTrustedForwardedHeaders(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<TrustedProxies>().IsEmpty)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
