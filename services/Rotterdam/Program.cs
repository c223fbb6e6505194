using Platform.Conventions;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.ApiDocuments;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ConventionProfile.Rotterdam.Name);
builder.AddApiDocument("Rotterdam convention service API");
builder.AddConventionService(ConventionProfile.Rotterdam);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapConventionApi();
app.Run();
