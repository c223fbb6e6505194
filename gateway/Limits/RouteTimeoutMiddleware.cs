using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Gateway.Limits;

/// <summary>
/// Turns a route's timeout into 504 Gateway Timeout. The request-timeout middleware cancels the
/// request when a route's <c>Timeout</c> elapses, but the proxy sees only a cancelled request
/// and answers as if the client had gone away (400); a client that is still waiting deserves to
/// hear that the service was too slow.
/// </summary>
public sealed class RouteTimeoutMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var timeout = context.Features.Get<IHttpRequestTimeoutFeature>();
        await next(context);

        // Only a forwarding that failed because the timeout fired: a response that was complete
        // when the timer went off stays as the service gave it.
        if (timeout is null || !timeout.RequestTimeoutToken.IsCancellationRequested
            || context.GetForwarderErrorFeature() is null || context.Response.HasStarted)
        {
            return;
        }

        var route = context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config;
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status504GatewayTimeout,
                Title = "The service did not answer in time",
                Detail = route?.Timeout is { } limit
                    ? $"The {route.ClusterId} service did not answer within this route's timeout of {limit.TotalSeconds:0.###} s."
                    : "The service did not answer within this route's timeout.",
            },
        });
    }
}
