using Microsoft.AspNetCore.Authorization;
using Platform.ServiceDefaults.Authentication;

namespace Gateway.Authorization;

public static class GatewayAuthorizationExtensions
{
    /// <summary>
    /// The policy every <c>/api/**</c> route in the <c>ReverseProxy</c> section names but the
    /// review route (<see cref="ConventionReviews"/>). The <c>/ops/**</c> routes name
    /// <c>ops</c>, and only the routes to the services' OpenAPI documents name YARP's
    /// <c>anonymous</c>: a description is no secret.
    /// </summary>
    public const string TeamWrites = "team-writes";

    /// <summary>
    /// The one write under <c>/api/reports</c> that is not the compiler's: a convention's team
    /// clears or returns a submitted report (route <c>reporting-reviews</c>, <c>POST
    /// /api/reports/{id}/reviews</c> only). Any of the three teams passes here; the reporting
    /// service checks that the team speaks for the convention its body names.
    /// </summary>
    public const string ConventionReviews = "convention-reviews";

    /// <summary>Who may change what behind each cluster; the services check the same again.</summary>
    private static readonly Dictionary<string, string> WriterByCluster = new(StringComparer.Ordinal)
    {
        ["basel"] = PlatformRoles.BaselTeam,
        ["rotterdam"] = PlatformRoles.RotterdamTeam,
        ["stockholm"] = PlatformRoles.StockholmTeam,
        ["partner-liaison"] = PlatformRoles.LiaisonTeam,
        ["reporting"] = PlatformRoles.ReportCompiler,
    };

    public static IHostApplicationBuilder AddGatewayAuthorization(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IAuthorizationHandler, TeamWritesHandler>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(TeamWrites, policy => policy
                .RequireAuthenticatedUser()
                .AddRequirements(new TeamWritesRequirement(WriterByCluster)))
            .AddPolicy(ConventionReviews, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(PlatformRoles.BaselTeam, PlatformRoles.RotterdamTeam, PlatformRoles.StockholmTeam));
        return builder;
    }
}
