using Platform.ConventionKernel;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ConventionProfile.Basel.Name);
builder.AddConventionService(ConventionProfile.Basel);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapConventionApi();
app.Run();
