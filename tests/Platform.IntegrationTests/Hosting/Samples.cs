namespace Platform.IntegrationTests.Hosting;

/// <summary>Real decision texts the tests import, copied next to the test assembly.</summary>
public static class Samples
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));

    /// <summary>BC-14/21, International cooperation and coordination, as the Secretariat published it.</summary>
    public static string Bc1421 => Read("BC-14-21.txt");

    /// <summary>The same decision as another COP adopted it: the heading names that COP's symbol.</summary>
    public static string AdoptedAs(string symbol) => Bc1421.Replace("BC-14/21", symbol, StringComparison.Ordinal);
}
