using Platform.Conventions;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.ApiDocuments;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ConventionProfile.Basel.Name);
builder.AddApiDocument("Basel convention service API");
builder.AddConventionService(ConventionProfile.Basel);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapConventionApi();
app.Run();
