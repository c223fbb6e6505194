using System.Xml.Linq;

namespace Deploy.Tests;

public sealed class AppHostProjectTests
{
    private const string AppHostProject = "deploy/AppHost/AppHost.csproj";

    [Fact]
    public void AppHost_references_every_web_project_of_the_repository()
    {
        var appHostDirectory = Path.GetDirectoryName(Repository.PathOf(AppHostProject))!;

        var referenced = XDocument.Load(Repository.PathOf(AppHostProject))
            .Descendants("ProjectReference")
            .Select(reference => Path.GetFullPath(Path.Combine(appHostDirectory, reference.Attribute("Include")!.Value.Replace('\\', '/'))))
            .Select(Repository.Relative)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Repository.WebProjects(), referenced);
    }

    [Fact]
    public void AppHost_is_built_with_the_Aspire_AppHost_sdk()
    {
        var sdk = XDocument.Load(Repository.PathOf(AppHostProject)).Root?.Attribute("Sdk")?.Value;

        Assert.StartsWith("Aspire.AppHost.Sdk/", sdk);
    }
}
