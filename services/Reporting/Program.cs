using MassTransit;
using Platform.ServiceDefaults;
using Platform.ServiceDefaults.ApiDocuments;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Messaging.Inbox;
using Reporting.ReadModel.Activities;
using Reporting.ReadModel.AssistanceRequests;
using Reporting.ReadModel.Decisions;
using Reporting.ReadModel.Partners;
using Reporting.Reports.Runs;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("reporting");
builder.AddApiDocument("Reporting service API");
builder.AddServiceDatabase<ReportingDbContext, SqliteReportingDbContext, PostgreSqlReportingDbContext>();
builder.AddServiceMessaging(bus =>
{
    bus.AddConsumer<ActivityEventsConsumer, ActivityEventsConsumerDefinition>();
    bus.AddConsumer<DecisionEventsConsumer, DecisionEventsConsumerDefinition>();
    bus.AddConsumer<AssistanceEventsConsumer, AssistanceEventsConsumerDefinition>();
    bus.AddConsumer<PartnerEventsConsumer, PartnerEventsConsumerDefinition>();
    bus.AddConsumer<PartnerWorkConsumer, PartnerWorkConsumerDefinition>();
});
builder.Services.AddSingleton<IHandledMessageTrail, ActivityIntakeTrail>();
builder.AddReportRuns();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapApiDocument();
app.MapActivitiesReadApi();
app.MapReportsApi();
app.Run();
