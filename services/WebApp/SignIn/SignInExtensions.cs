using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Authentication;

namespace WebApp.SignIn;

/// <summary>
/// Sign-in as a backend for the browser. The browser holds one HttpOnly, SameSite cookie
/// (Secure outside Development) whose encrypted ticket names the user, their roles and a
/// session; the access token stays in <see cref="SessionTokens"/> and the web application
/// sends it to the gateway on the user's behalf. In Development the sign-in page asks the
/// gateway's development token endpoint for a token; anywhere else the user signs in with
/// OpenID Connect (authorization code with PKCE) at <c>Authentication:Jwt:Authority</c>.
/// </summary>
public static class SignInExtensions
{
    public const string SignInPath = "/sign-in";
    public const string SignOutPath = "/sign-out";
    public const string OpenIdConnectSignInPath = "/sign-in/organisation";
    public const string CookieName = "brs.session";

    public static IHostApplicationBuilder AddWebAppSignIn(this IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        var oidc = builder.Configuration.GetSection(OpenIdConnectSettings.SectionName).Get<OpenIdConnectSettings>() ?? new();
        oidc.Authority = builder.Configuration[$"{PlatformJwtOptions.SectionName}:Authority"];
        if (!development && !oidc.IsConfigured)
        {
            throw new InvalidOperationException(
                $"Outside Development the web application signs users in with OpenID Connect: configure {PlatformJwtOptions.SectionName}:Authority " +
                $"and {OpenIdConnectSettings.SectionName}:ClientId.");
        }

        builder.Services.AddDistributedMemoryCache();
        builder.Services.AddSingleton<SessionTokens>();
        builder.Services.AddSingleton(oidc);
        builder.Services.AddScoped<DevelopmentSignIn>();

        var authentication = builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax; // Strict would drop it on the authority's redirect back
                cookie.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                cookie.LoginPath = SignInPath;
                cookie.SlidingExpiration = false;
                cookie.Events.OnValidatePrincipal = ForgetWithoutTokenAsync;
                // Relative, so that behind the gateway the browser stays on the gateway's address.
                cookie.Events.OnRedirectToLogin = context => RedirectRelative(context, SignInPath);
                cookie.Events.OnRedirectToAccessDenied = context => RedirectRelative(context, "/");
            });

        if (oidc.IsConfigured)
        {
            authentication.AddOpenIdConnect(options => oidc.Configure(options, development));
        }

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    public static WebApplication MapSignInEndpoints(this WebApplication app)
    {
        app.MapGet(OpenIdConnectSignInPath, (string? returnUrl, OpenIdConnectSettings oidc) => oidc.IsConfigured
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
                : Results.NotFound())
            .AllowAnonymous();

        // A form post with its antiforgery token: another site cannot sign a user out.
        app.MapPost(SignOutPath, async (HttpContext http, SessionTokens tokens, OpenIdConnectSettings oidc, [FromForm] string? returnUrl) =>
            {
                if (http.User.FindFirst(SessionTokens.SessionClaim)?.Value is { } session)
                {
                    await tokens.RemoveAsync(session, http.RequestAborted);
                }

                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return oidc.IsConfigured
                    ? Results.SignOut(new AuthenticationProperties { RedirectUri = SignInPath }, [OpenIdConnectDefaults.AuthenticationScheme])
                    : Results.LocalRedirect(SignInPath);
            })
            .RequireAuthorization();
        return app;
    }

    /// <summary>Only a path of this application: a sign-in link cannot send the user elsewhere.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";

    private static async Task ForgetWithoutTokenAsync(CookieValidatePrincipalContext context)
    {
        var session = context.Principal?.FindFirst(SessionTokens.SessionClaim)?.Value;
        var tokens = context.HttpContext.RequestServices.GetRequiredService<SessionTokens>();
        if (session is null || await tokens.FindAsync(session, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static Task RedirectRelative(RedirectContext<CookieAuthenticationOptions> context, string path)
    {
        if (IsPageRequest(context.Request))
        {
            var request = context.Request;
            var returnUrl = request.PathBase + request.Path + request.QueryString;
            context.Response.Redirect(path == SignInPath ? $"{path}?returnUrl={Uri.EscapeDataString(returnUrl)}" : path);
        }
        else
        {
            context.Response.StatusCode = path == SignInPath ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden;
        }

        return Task.CompletedTask;
    }

    private static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.HasFormContentType;

    /// <summary>Signs <paramref name="accessToken"/>'s user in: the token to the server-side store, the principal to the cookie.</summary>
    public static async Task SignInWithTokenAsync(HttpContext http, string accessToken, string? displayName = null)
    {
        var tokens = http.RequestServices.GetRequiredService<SessionTokens>();
        var expires = SignedInPrincipal.ExpiresAt(accessToken);
        var session = await tokens.StoreAsync(accessToken, expires, http.RequestAborted);
        ClaimsPrincipal principal = SignedInPrincipal.From(accessToken, session, displayName);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal,
            new AuthenticationProperties { ExpiresUtc = expires, IsPersistent = false, AllowRefresh = false });
    }
}
