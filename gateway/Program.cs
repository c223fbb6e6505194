using Gateway.Authentication;
using Gateway.Authorization;
using Gateway.Correlation;
using Gateway.Limits;
using Gateway.Routing;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("gateway");
builder.AddGatewayAuthorization();
builder.AddGatewayLimits();
builder.AddGatewayRouting();

var app = builder.Build();
app.UseMiddleware<CorrelationIdMiddleware>();
app.MapDefaultEndpoints();
app.UseRateLimiter();
app.MapDevelopmentTokenEndpoint();
app.MapReverseProxy();
app.Run();
