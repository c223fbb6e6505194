using Microsoft.Extensions.Options;
using Platform.ServiceDefaults.Authentication;
using Reporting.Reports.Documents;
using Reporting.Reports.Documents.Pdf;

namespace Reporting.Reports.Runs;

public static class ReportRunsExtensions
{
    /// <summary>
    /// Report runs: the policy that guards them, the source clients, the processor that carries runs
    /// through (one replica per run), and the document renderers with LibreOffice for PDF.
    /// </summary>
    public static IHostApplicationBuilder AddReportRuns(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ReportingOptions>(builder.Configuration.GetSection(ReportingOptions.SectionName));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ReportPolicies.Compile, policy => policy.RequireRole(PlatformRoles.ReportCompiler))
            .AddPolicy(ReportPolicies.Review, policy => policy.RequireRole(PlatformRoles.BaselTeam, PlatformRoles.RotterdamTeam, PlatformRoles.StockholmTeam));
        // The run's deadline bounds every call, not a per-request timeout.
        builder.Services.AddHttpClient(SourceCollector.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.Services.AddSingleton<ReportSources>();
        builder.Services.AddSingleton<ReportRunSignal>();
        builder.Services.AddOptions<ReportRunOptions>()
            .Bind(builder.Configuration.GetSection(ReportRunOptions.SectionName))
            .Validate(options => options.Lease > TimeSpan.Zero && options.PollInterval > TimeSpan.Zero,
                $"{ReportRunOptions.SectionName}:Lease and :PollInterval must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ReportRunLeases>();
        builder.Services.AddSingleton<SourceCollector>();
        builder.Services.AddHostedService<ReportRunProcessor>();
        builder.Services.Configure<LibreOfficeOptions>(builder.Configuration.GetSection(LibreOfficeOptions.SectionName));
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<LibreOfficeOptions>>().Value;
            return new LibreOffice(string.IsNullOrWhiteSpace(options.Path) ? null : options.Path, options.Timeout);
        });
        builder.Services.AddSingleton<ReportRenderers>();
        return builder;
    }
}
