using Microsoft.AspNetCore.Authorization;
using Platform.ServiceDefaults.Authentication;
using Yarp.ReverseProxy.Model;

namespace Gateway.Authorization;

public sealed class TeamWritesHandler : AuthorizationHandler<TeamWritesRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TeamWritesRequirement requirement)
    {
        if (context.Resource is not HttpContext http || context.User.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            if (context.User.HasClaim(static claim => claim.Type == AuthenticationExtensions.RoleClaim && PlatformRoles.All.Contains(claim.Value)))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }

        var cluster = http.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config.ClusterId;
        if (cluster is not null
            && requirement.WriterByCluster.TryGetValue(cluster, out var writer)
            && context.User.HasClaim(AuthenticationExtensions.RoleClaim, writer))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
