using Gateway.Authentication;
using Gateway.Routing;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("gateway");
builder.AddGatewayRouting();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapDevelopmentTokenEndpoint();
app.MapReverseProxy();
app.Run();
