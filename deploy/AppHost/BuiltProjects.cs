namespace Platform.AppHost;

/// <summary>
/// Runs a project of the repository from its build output, the executable the SDK writes beside
/// the assembly, instead of as an Aspire project resource: those are started through
/// <c>dotnet run</c>, which keeps an SDK process of its own (a hundred-odd MB) alive beside every
/// deployable for as long as the platform runs. Building the AppHost builds every project it
/// references in the same configuration, so the executables are there and current.
/// </summary>
internal static class BuiltProjects
{

    /// <summary>A web project listening on <c>localhost</c> at the endpoint <c>http</c> (at <paramref name="port"/> when given), exporting telemetry to the dashboard.</summary>
    public static IResourceBuilder<ExecutableResource> AddBuiltWebProject<TProject>(
        this IDistributedApplicationBuilder builder, string name, int? port = null)
        where TProject : IProjectMetadata, new()
    {
        var project = builder.AddBuiltProject<TProject>(name)
            // The variable only carries the port the orchestrator chose; ASPNETCORE_URLS below binds it on loopback alone.
            .WithHttpEndpoint(port: port, env: "PLATFORM_HTTP_PORT");
        var endpoint = project.GetEndpoint("http");
        return project.WithEnvironment(
            "ASPNETCORE_URLS", ReferenceExpression.Create($"http://localhost:{endpoint.Property(EndpointProperty.TargetPort)}"));
    }

    /// <summary>A project run from its build output, in its own folder as <c>dotnet run</c> would, exporting telemetry to the dashboard.</summary>
    public static IResourceBuilder<ExecutableResource> AddBuiltProject<TProject>(this IDistributedApplicationBuilder builder, string name)
        where TProject : IProjectMetadata, new()
    {
        var projectPath = new TProject().ProjectPath;
        var projectDirectory = Path.GetDirectoryName(projectPath)!;
        // Every project of the repository builds to the same place under its own folder as the
        // AppHost does under its own (bin/{configuration}/{framework}).
        var outputPath = Path.GetRelativePath(builder.AppHostDirectory, AppContext.BaseDirectory);
        var executable = Path.Combine(projectDirectory, outputPath, Path.GetFileNameWithoutExtension(projectPath));
        if (!File.Exists(executable))
        {
            throw new DistributedApplicationException(
                $"{executable} is missing: build the AppHost first (deploy/run.sh does), which builds every project it runs.");
        }

        return builder.AddExecutable(name, executable, projectDirectory).WithOtlpExporter();
    }
}
