namespace Platform.ServiceDefaults.Authentication;

/// <summary>
/// The values the local run uses when nothing is configured. Applied only in the Development
/// environment: any other environment must configure an authority or its own key, or it does
/// not start.
/// </summary>
internal static class DevelopmentJwtDefaults
{
    public const string Issuer = "https://localhost/brs-platform/development";
    public const string Audience = "brs-platform";
    public const string SigningKey = "development-only-signing-key-for-the-local-brs-platform-run";
}
