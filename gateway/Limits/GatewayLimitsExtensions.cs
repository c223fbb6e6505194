using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Platform.ServiceDefaults.Authentication;

namespace Gateway.Limits;

public static class GatewayLimitsExtensions
{
    /// <summary>The rate limiter policy every route in the <c>ReverseProxy</c> section names.</summary>
    public const string PerClient = "per-client";

    /// <summary>
    /// A fixed window of requests per client, so one noisy client cannot starve the others, and
    /// Kestrel's header limits stated rather than assumed. Body size limits and timeouts are per
    /// route, in the <c>ReverseProxy</c> section (<c>MaxRequestBodySize</c>, <c>Timeout</c>): a
    /// service slower than its route's timeout is cut off and the client gets 504 rather than
    /// holding a connection open indefinitely.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayLimits(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GatewayRateLimitOptions.SectionName).Get<GatewayRateLimitOptions>() ?? new();
        if (options.PermitLimit < 1 || options.WindowSeconds < 1)
        {
            throw new InvalidOperationException($"{GatewayRateLimitOptions.SectionName}:PermitLimit and :WindowSeconds must be positive.");
        }

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PerClient, context => RateLimitPartition.GetFixedWindowLimiter(
                ClientOf(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = RejectAsync;
        });

        builder.Services.AddRequestTimeouts();
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestHeaderCount = 100;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        return builder;
    }

    private static string ClientOf(HttpContext context) =>
        context.User.FindFirst(AuthenticationExtensions.SubjectClaim)?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + context.Connection.RemoteIpAddress;

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "This client has used up its requests for the current window; try again after Retry-After seconds.",
            },
        });
    }
}
