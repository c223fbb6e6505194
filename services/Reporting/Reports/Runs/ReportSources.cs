using Microsoft.Extensions.Options;

namespace Reporting.Reports.Runs;

/// <summary>
/// Settings of report runs (section <c>Reporting</c>): each source service's base address
/// (<c>Reporting:Sources:basel</c> = its URL) and how long a run waits for the sources.
/// </summary>
public sealed class ReportingOptions
{
    public const string SectionName = "Reporting";

    public Dictionary<string, string> Sources { get; set; } = new(StringComparer.Ordinal);

    public TimeSpan SourceDeadline { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>The services a run reconciles with, and where each one's contribution API lives.</summary>
public sealed class ReportSources(IOptions<ReportingOptions> options)
{
    public static IReadOnlyList<string> Names { get; } = ["basel", "rotterdam", "stockholm", ReportCompiler.PartnerLiaisonService];

    public TimeSpan DefaultDeadline => options.Value.SourceDeadline;

    /// <summary>The manifest URL of <paramref name="source"/>, or null when no address is configured.</summary>
    public Uri? ManifestAddress(string source) =>
        options.Value.Sources.TryGetValue(source, out var address) && Uri.TryCreate(address, UriKind.Absolute, out var baseAddress)
            ? new Uri(baseAddress, source == ReportCompiler.PartnerLiaisonService ? "/api/partners/contributions" : $"/api/{source}/contributions")
            : null;
}
