namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// Bearer-token settings (section <c>Authentication:Jwt</c>). In production <see cref="Authority"/>
/// names the OpenID Connect authority whose metadata supplies issuer and signing keys; for local
/// work and tests a shared symmetric <see cref="SigningKey"/> is used instead.
/// </summary>
public sealed class PlatformJwtOptions
{
    public const string SectionName = "Authentication:Jwt";

    public string? Authority { get; set; }

    public string Issuer { get; set; } = "";

    public string Audience { get; set; } = "";

    /// <summary>A symmetric key of at least 32 bytes (UTF-8), used when no authority is configured.</summary>
    public string? SigningKey { get; set; }

    public int ClockSkewSeconds { get; set; } = 30;

    public int DevelopmentTokenLifetimeMinutes { get; set; } = 60;
}
