using Platform.ServiceDefaults;
using WebApp.Components;
using WebApp.Downloads;
using WebApp.Gateway;
using WebApp.Hosting;
using WebApp.SignIn;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostDefaults("webapp");
builder.AddWebAppSignIn();
builder.AddGatewayApis();
builder.AddWebAppPages();

var app = builder.Build();
app.UseWebAppDefaults();
app.MapStaticAssets();
app.MapSignInEndpoints();
app.MapReportDocuments();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
