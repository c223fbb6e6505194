using PartnerLiaison.Persistence;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("partner-liaison");
builder.AddServiceDatabase<PartnerLiaisonDbContext, SqlitePartnerLiaisonDbContext, PostgreSqlPartnerLiaisonDbContext>();
builder.AddServiceMessaging();

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
