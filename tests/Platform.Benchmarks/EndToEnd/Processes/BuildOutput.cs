using Platform.Testing;

namespace Platform.Benchmarks.EndToEnd.Processes;

/// <summary>
/// Where the deployables' executables are: each project's <c>bin/&lt;configuration&gt;/net10.0/</c> in this
/// checkout, built in the configuration this benchmark was built in (Release, by <c>tools/bench.sh</c>).
/// </summary>
internal sealed record BuildOutput(string RepositoryRoot, string Configuration)
{
    public static BuildOutput OfThisBenchmark() => new(Checkout.Root, Checkout.Configuration);

    /// <summary>The apphost of the project in <paramref name="projectDirectory"/> (relative to the root), and its folder, its content root.</summary>
    public (string Executable, string Directory) Executable(string projectDirectory, string assemblyName)
    {
        var directory = Path.Combine(RepositoryRoot, projectDirectory, "bin", Configuration, "net10.0");
        var executable = Path.Combine(directory, assemblyName);
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                $"{executable} is missing: build the solution in {Configuration} first (tools/bench.sh does).", executable);
        }

        return (executable, directory);
    }
}
