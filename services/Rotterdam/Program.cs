using Platform.ConventionKernel;
using Platform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults(ConventionProfile.Rotterdam.Name);
builder.AddConventionService(ConventionProfile.Rotterdam);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapConventionApi();
app.Run();
