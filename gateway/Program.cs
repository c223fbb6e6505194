using Gateway.ApiReference;
using Gateway.Authentication;
using Gateway.Authorization;
using Gateway.Correlation;
using Gateway.Health;
using Gateway.Limits;
using Gateway.Operations;
using Gateway.Routing;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("gateway");
builder.AddGatewayAuthorization();
builder.AddGatewayLimits();
builder.AddGatewayRouting();
builder.AddGatewayHealth();

var app = builder.Build();
app.UseMiddleware<CorrelationIdMiddleware>();
app.UseOperationsPort();
app.MapDefaultEndpoints(operationsPath: "/ops/gateway");
app.UseRateLimiter();
app.UseRequestTimeouts();
app.UseMiddleware<RouteTimeoutMiddleware>();
app.MapDevelopmentTokenEndpoint();
app.MapApiReference();
app.MapUnroutedPaths();
app.MapReverseProxy();
app.Run();
