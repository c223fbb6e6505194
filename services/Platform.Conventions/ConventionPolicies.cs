namespace Platform.Conventions;

public static class ConventionPolicies
{
    /// <summary>Changing a convention's records: only that convention's team.</summary>
    public const string Write = "convention-write";
}
