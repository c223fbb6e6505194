using MassTransit;
using PartnerLiaison.Activities;
using PartnerLiaison.Coalitions;
using PartnerLiaison.Contributions;
using PartnerLiaison.Engagements;
using PartnerLiaison.Memberships;
using PartnerLiaison.Seeding;
using PartnerLiaison.Transmissions;
using Platform.ServiceDefaults.Authentication;
using Platform.ServiceDefaults.Contributions;

namespace PartnerLiaison;

public static class PartnerLiaisonExtensions
{
    /// <summary>
    /// The write policy, the directory registry and the initial directory. Call after
    /// <c>AddServiceDatabase</c>, so the initial directory is written once migrations have run.
    /// </summary>
    public static IHostApplicationBuilder AddPartnerLiaison(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(PartnerPolicies.Write, policy => policy.RequireRole(PlatformRoles.LiaisonTeam));
        builder.Services.AddScoped<OrganisationRegistry>();
        builder.Services.AddScoped<IContributionSource, PartnerContributions>();
        builder.Services.AddHostedService<InitialDirectorySeeder>();
        return builder;
    }

    public static void AddPartnerLiaisonConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ActivityEventsConsumer, ActivityEventsConsumerDefinition>();
        bus.AddConsumer<DirectoryAnnouncementConsumer, DirectoryAnnouncementConsumerDefinition>();
    }

    public static WebApplication MapPartnerLiaisonApi(this WebApplication app)
    {
        app.MapOrganisationsApi();
        app.MapPartnerActivitiesApi();
        app.MapMembershipsApi();
        app.MapCoalitionsApi();
        app.MapEngagementsApi();
        app.MapTransmissionsApi();
        app.MapContributionsApi(PartnerContributions.Route);
        return app;
    }
}
