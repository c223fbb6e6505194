using WebApp.SignIn;

namespace WebApp.Hosting;

/// <summary>
/// Every response says what its page may load: scripts and styles from this application only
/// (Fluent UI's components set inline styles, hence <c>'unsafe-inline'</c> for styles alone),
/// connections back to it (the live circuit's WebSocket), frames of its own (the report shown
/// inline) and no framing by any other site. Forms post here only, or, for signing out, to the
/// OpenID Connect authority.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, OpenIdConnectSettings oidc)
{
    private readonly string _contentSecurityPolicy = PolicyFor(oidc);

    public static string PolicyFor(OpenIdConnectSettings oidc)
    {
        var formTargets = oidc.IsConfigured && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
            $"connect-src 'self'; frame-src 'self'; frame-ancestors 'self'; form-action {formTargets}; base-uri 'self'; object-src 'none'";
    }

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                // A response that set its own (a report shown in a frame) keeps it.
                headers.ContentSecurityPolicy = _contentSecurityPolicy;
            }
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
