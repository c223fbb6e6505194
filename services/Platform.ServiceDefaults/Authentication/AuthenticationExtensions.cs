using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    public const string RoleClaim = "roles";
    public const string SubjectClaim = "sub";

    /// <summary>
    /// JWT bearer validation (issuer, audience, lifetime with a small clock skew, signature) and a
    /// fallback policy that requires an authenticated user holding one of the platform's roles, so
    /// an endpoint that names no policy is closed rather than open, and a valid token issued for
    /// something else (no platform role) reads nothing, at the gateway or behind it. The same code
    /// runs at the gateway and in every service. A token that passed is remembered for a short
    /// while (<see cref="ValidatedTokens"/>), so a client's next calls are not validated from scratch.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformAuthentication(this IHostApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(options);

        var validated = new ValidatedTokens();
        builder.Services.AddSingleton(validated);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(bearer => Configure(bearer, options, validated, builder.Environment));

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(PlatformRoles.All).Build());

        builder.Services.AddSingleton<TokenIssuer>();
        return builder;
    }

    private static PlatformJwtOptions ReadOptions(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(PlatformJwtOptions.SectionName).Get<PlatformJwtOptions>() ?? new();
        if (environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.Authority))
        {
            options.Issuer = Fallback(options.Issuer, DevelopmentJwtDefaults.Issuer);
            options.Audience = Fallback(options.Audience, DevelopmentJwtDefaults.Audience);
            options.SigningKey = Fallback(options.SigningKey, DevelopmentJwtDefaults.SigningKey);
        }

        if (string.IsNullOrWhiteSpace(options.Audience))
        {
            throw new InvalidOperationException($"{PlatformJwtOptions.SectionName}:Audience must be configured.");
        }

        if (string.IsNullOrWhiteSpace(options.Authority))
        {
            if (string.IsNullOrWhiteSpace(options.Issuer) || string.IsNullOrWhiteSpace(options.SigningKey))
            {
                throw new InvalidOperationException(
                    $"Configure {PlatformJwtOptions.SectionName}:Authority (an OpenID Connect authority), " +
                    $"or {PlatformJwtOptions.SectionName}:Issuer and :SigningKey.");
            }

            if (Encoding.UTF8.GetByteCount(options.SigningKey) < 32)
            {
                throw new InvalidOperationException($"{PlatformJwtOptions.SectionName}:SigningKey must be at least 32 bytes.");
            }
        }

        return options;
    }

    private static void Configure(JwtBearerOptions bearer, PlatformJwtOptions options, ValidatedTokens validated, IHostEnvironment environment)
    {
        bearer.MapInboundClaims = false;
        // Nothing reads the token back from the authentication properties: storing it there is
        // work on every request for no one.
        bearer.SaveToken = false;
        bearer.Events = validated.Events;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAudience = options.Audience,
            ClockSkew = TimeSpan.FromSeconds(options.ClockSkewSeconds),
            NameClaimType = SubjectClaim,
            RoleClaimType = RoleClaim,
        };

        if (!string.IsNullOrWhiteSpace(options.Authority))
        {
            bearer.Authority = options.Authority;
            bearer.Audience = options.Audience;
            bearer.RequireHttpsMetadata = !environment.IsDevelopment();
            if (!string.IsNullOrWhiteSpace(options.Issuer))
            {
                bearer.TokenValidationParameters.ValidIssuer = options.Issuer;
            }

            return;
        }

        bearer.TokenValidationParameters.ValidIssuer = options.Issuer;
        bearer.TokenValidationParameters.IssuerSigningKey = TokenIssuer.KeyFrom(options.SigningKey!);
        bearer.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
    }

    private static string Fallback(string? value, string fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback : value;
}
