using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Conventions.AssistanceRequests;
using Platform.Conventions.Contributions;
using Platform.Conventions.Decisions;
using Platform.Conventions.Partners;
using Platform.ServiceDefaults.Messaging;
using Platform.ServiceDefaults.Persistence;
using Platform.ServiceDefaults.Contributions;

namespace Platform.Conventions;

public static class ConventionServiceExtensions
{
    /// <summary>Everything a convention service is, given its profile. Call after <c>AddServiceDefaults</c>.</summary>
    public static IHostApplicationBuilder AddConventionService(this IHostApplicationBuilder builder, ConventionProfile profile)
    {
        builder.Services.AddSingleton(profile);
        builder.Services.AddScoped<IContributionSource, ConventionContributions>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ConventionPolicies.Write, policy => policy.RequireRole(profile.Role));
        builder.AddServiceDatabase<ConventionDbContext, SqliteConventionDbContext, PostgreSqlConventionDbContext>();
        builder.AddServiceMessaging(bus =>
        {
            bus.AddConsumer<PartnerDirectoryConsumer, PartnerDirectoryConsumerDefinition>();
            bus.AddConsumer<ProposalInboxConsumer, ProposalInboxConsumerDefinition>();
            bus.AddConsumer<JointAnswerConsumer, JointAnswerConsumerDefinition>();
        });
        builder.Services.AddHostedService<PartnerDirectoryRequest>();
        return builder;
    }

    public static WebApplication MapConventionApi(this WebApplication app)
    {
        var profile = app.Services.GetRequiredService<ConventionProfile>();
        app.MapDecisionsApi(profile);
        app.MapMandatesApi(profile);
        app.MapMandateSupersession(profile);
        app.MapKnownPartnersApi(profile);
        app.MapActivitiesApi(profile);
        app.MapJointProposalsApi(profile);
        app.MapReceivedProposalsApi(profile);
        app.MapAssistanceRequestsApi(profile);
        app.MapContributionsApi($"{profile.RoutePrefix}/contributions", $"{profile.Name}-");
        return app;
    }
}
