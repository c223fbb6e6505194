using System.Text.Json.Serialization;
using WebApp.Gateway;

namespace WebApp.SignIn;

/// <summary>
/// Development only: the sign-in page's form asks the gateway's development token endpoint for
/// a token with the chosen name and roles, then signs the browser in with it.
/// </summary>
public sealed class DevelopmentSignIn(GatewayApi gateway, IHostEnvironment environment)
{
    public bool IsAvailable => environment.IsDevelopment();

    public async Task<ApiProblem?> SignInAsync(HttpContext http, string name, IReadOnlyCollection<string> roles)
    {
        if (!IsAvailable)
        {
            return new ApiProblem(StatusCodes.Status404NotFound, "Development sign-in is not available here", null, new Dictionary<string, string[]>());
        }

        var answer = await gateway.PostAsync<DevelopmentToken>("/api/auth/dev-token", new { subject = name.Trim(), roles }, http.RequestAborted);
        if (answer.Problem is { } problem)
        {
            return problem;
        }

        await SignInExtensions.SignInWithTokenAsync(http, answer.Value!.AccessToken, name.Trim());
        return null;
    }

    private sealed record DevelopmentToken([property: JsonPropertyName("access_token")] string AccessToken);
}
