using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Validation;

namespace Gateway.Authentication;

/// <summary>
/// <c>POST /api/auth/dev-token</c> hands out signed tokens for local use. It exists only in the
/// Development environment: elsewhere the path answers 404 to everyone (authenticated or not, so
/// nobody learns more by trying), and tokens come from the configured OpenID Connect authority.
/// </summary>
public static class DevelopmentTokenEndpoint
{
    public static WebApplication MapDevelopmentTokenEndpoint(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.MapPost("/api/auth/dev-token", Issue).AllowAnonymous().WithTags("Development");
        }
        else
        {
            app.MapPost("/api/auth/dev-token", () => TypedResults.NotFound()).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    private static Results<Ok<DevelopmentTokenResponse>, ValidationProblem, ProblemHttpResult> Issue(
        DevelopmentTokenRequest request, TokenIssuer issuer)
    {
        if (!issuer.CanIssue)
        {
            return TypedResults.Problem(
                "This gateway validates tokens from an OpenID Connect authority; ask that authority for a token.",
                statusCode: StatusCodes.Status404NotFound);
        }

        var errors = new ValidationErrors();
        errors.Required("subject", request.Subject);
        errors.MaxLength("subject", request.Subject, 200);
        var roles = request.Roles ?? [];
        foreach (var unknown in roles.Where(role => !PlatformRoles.All.Contains(role)))
        {
            errors.Add("roles", $"'{unknown}' is not a role: use {string.Join(", ", PlatformRoles.All)}.");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var token = issuer.Issue(request.Subject!, roles.Distinct(StringComparer.Ordinal));
        return TypedResults.Ok(new DevelopmentTokenResponse(token, "Bearer", (int)issuer.Lifetime.TotalSeconds));
    }
}

public sealed record DevelopmentTokenRequest(string? Subject, IReadOnlyList<string>? Roles);

public sealed record DevelopmentTokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
