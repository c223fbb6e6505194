using System.Xml.Linq;

namespace Deploy.Tests;

/// <summary>The checked-out repository these tests read, found from the test binaries upwards.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) =>
        Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));

    public static string Relative(string fullPath) =>
        Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Every deployable web app: the web projects under services/ and the gateway.</summary>
    public static IReadOnlyList<string> WebProjects() =>
        Directory.EnumerateFiles(PathOf("services"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(PathOf("gateway"), "*.csproj", SearchOption.AllDirectories))
            .Where(IsWebProject)
            .Select(Relative)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static bool IsWebProject(string csproj) =>
        XDocument.Load(csproj).Root?.Attribute("Sdk")?.Value == "Microsoft.NET.Sdk.Web";

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
