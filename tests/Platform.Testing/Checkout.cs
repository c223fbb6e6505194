namespace Platform.Testing;

/// <summary>
/// The checkout a test or a benchmark runs from, found from its own build output
/// (<c>…/bin/{configuration}/{framework}/</c> under the folder that holds <c>Platform.sln</c>).
/// </summary>
public static class Checkout
{
    private static readonly DirectoryInfo BuildOutput = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>The folder holding <c>Platform.sln</c> above this process's build output; null outside a checkout.</summary>
    public static string? FindRoot()
    {
        for (var directory = BuildOutput; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The folder holding <c>Platform.sln</c>; throws outside a checkout.</summary>
    public static string Root => FindRoot() ?? throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");

    /// <summary>The configuration this process was built in (Debug, Release): the folder above its framework's.</summary>
    public static string Configuration => BuildOutput.Parent?.Name ?? "Release";
}
