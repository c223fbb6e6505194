namespace PartnerLiaison;

public static class PartnerPolicies
{
    /// <summary>Changing the partner directory and the liaison records: only the liaison team.</summary>
    public const string Write = "partner-write";
}
