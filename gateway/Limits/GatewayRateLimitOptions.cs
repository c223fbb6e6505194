namespace Gateway.Limits;

/// <summary>How many requests one client (a token subject, else an address) may make per window.</summary>
public sealed class GatewayRateLimitOptions
{
    public const string SectionName = "Gateway:RateLimit";

    public int PermitLimit { get; set; } = 1200;

    public int WindowSeconds { get; set; } = 60;
}
