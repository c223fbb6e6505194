using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Platform.ServiceDefaults.Authentication;

namespace WebApp.SignIn;

/// <summary>
/// The web application as a client of the OpenID Connect authority (section
/// <c>Authentication:OpenIdConnect</c>; the authority itself is <c>Authentication:Jwt:Authority</c>,
/// the one whose tokens the gateway accepts). The access token the code flow brings back goes to
/// <see cref="SessionTokens"/>; the cookie gets the principal it names.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string SectionName = "Authentication:OpenIdConnect";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Scopes beyond <c>openid</c> and <c>profile</c>: the one that gets an access token for the platform's API.</summary>
    public string[] Scopes { get; set; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    internal void Configure(OpenIdConnectOptions options, bool development)
    {
        options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        options.Authority = Authority;
        options.ClientId = ClientId;
        options.ClientSecret = ClientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.UsePkce = true;
        options.RequireHttpsMetadata = !development;
        options.MapInboundClaims = false;
        options.SaveTokens = false; // the token goes to the server-side store, never into the cookie
        options.GetClaimsFromUserInfoEndpoint = false;
        options.CallbackPath = "/sign-in/callback";
        options.SignedOutCallbackPath = "/sign-out/callback";
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = AuthenticationExtensions.RoleClaim;
        foreach (var scope in Scopes)
        {
            options.Scope.Add(scope);
        }

        options.Events.OnTokenValidated = async context =>
        {
            var accessToken = context.TokenEndpointResponse?.AccessToken;
            if (string.IsNullOrEmpty(accessToken))
            {
                context.Fail("The authority answered without an access token for the platform.");
                return;
            }

            var tokens = context.HttpContext.RequestServices.GetRequiredService<SessionTokens>();
            var expires = SignedInPrincipal.ExpiresAt(accessToken);
            var session = await tokens.StoreAsync(accessToken, expires, context.HttpContext.RequestAborted);
            var name = context.Principal?.FindFirst("name")?.Value ?? context.Principal?.FindFirst("preferred_username")?.Value;
            context.Principal = SignedInPrincipal.From(accessToken, session, name);
            context.Properties!.ExpiresUtc = expires;
            context.Properties.IsPersistent = false;
        };
    }
}
