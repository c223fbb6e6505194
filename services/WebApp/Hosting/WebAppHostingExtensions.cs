using Microsoft.FluentUI.AspNetCore.Components;
using Platform.ServiceDefaults.Forwarding;
using Platform.ServiceDefaults.Health;

namespace WebApp.Hosting;

public static class WebAppHostingExtensions
{
    /// <summary>Server-rendered pages, interactive server components where a page updates live, Fluent UI components.</summary>
    public static IHostApplicationBuilder AddWebAppPages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddFluentUIComponents();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// The request pipeline around the pages: the error page instead of a crash page, the
    /// not-found page for every unknown path, the security headers, sign-in, antiforgery on
    /// every form, and the health endpoints the platform's hosts probe.
    /// </summary>
    public static WebApplication UseWebAppDefaults(this WebApplication app)
    {
        app.UseTrustedForwardedHeaders();
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapPlatformHealthChecks();
        return app;
    }
}
