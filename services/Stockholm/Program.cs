using Platform.Conventions;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.ApiDocuments;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ConventionProfile.Stockholm.Name);
builder.AddApiDocument("Stockholm convention service API");
builder.AddConventionService(ConventionProfile.Stockholm);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapConventionApi();
app.Run();
