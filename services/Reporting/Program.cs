using MassTransit;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Reporting.Activities;
using Reporting.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("reporting");
builder.AddServiceDatabase<ReportingDbContext, SqliteReportingDbContext, PostgreSqlReportingDbContext>();
builder.AddServiceMessaging(bus => bus.AddConsumer<ActivityEventsConsumer, ActivityEventsConsumerDefinition>());

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapActivitiesReadApi();
app.Run();
