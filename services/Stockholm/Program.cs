using Platform.ConventionKernel;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ConventionProfile.Stockholm.Name);
builder.AddConventionService(ConventionProfile.Stockholm);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapConventionApi();
app.Run();
