using System.Xml.Linq;

namespace Deploy.Tests;

public sealed class AppHostProjectTests
{
    private const string AppHostProject = "deploy/AppHost/AppHost.csproj";

    /// <summary>Not a deployable: the console program that loads the demo data through the gateway (<c>--demo</c>).</summary>
    private const string DemoDataLoader = "deploy/DemoData/DemoData.csproj";

    [Fact]
    public void AppHost_references_every_web_project_of_the_repository_and_the_demo_data_loader()
    {
        var appHostDirectory = Path.GetDirectoryName(Repository.PathOf(AppHostProject))!;

        var referenced = XDocument.Load(Repository.PathOf(AppHostProject))
            .Descendants("ProjectReference")
            .Select(reference => Path.GetFullPath(Path.Combine(appHostDirectory, reference.Attribute("Include")!.Value.Replace('\\', '/'))))
            .Select(Repository.Relative)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Repository.WebProjects().Append(DemoDataLoader).Order(StringComparer.Ordinal), referenced);
    }

    [Fact]
    public void AppHost_is_built_with_the_Aspire_AppHost_sdk()
    {
        var sdk = XDocument.Load(Repository.PathOf(AppHostProject)).Root?.Attribute("Sdk")?.Value;

        Assert.StartsWith("Aspire.AppHost.Sdk/", sdk);
    }
}
