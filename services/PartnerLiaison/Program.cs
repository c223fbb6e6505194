using PartnerLiaison;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.ApiDocuments;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("partner-liaison");
builder.AddApiDocument("Partner-liaison service API");
builder.AddServiceDatabase<PartnerLiaisonDbContext, SqlitePartnerLiaisonDbContext, PostgreSqlPartnerLiaisonDbContext>();
builder.AddServiceMessaging(bus => bus.AddPartnerLiaisonConsumers());
builder.AddPartnerLiaison();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapPartnerLiaisonApi();
app.Run();
