namespace Platform.IntegrationTests.WebApp;

/// <summary>
/// The Chromium the browser tests drive: <c>PLATFORM_TEST_CHROMIUM</c> when set, else Debian's
/// <c>chromium</c>. Playwright's own browser download is never used.
/// </summary>
public static class BrowserExecutable
{
    public const string Setting = "PLATFORM_TEST_CHROMIUM";

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Setting) is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        return new[] { "/usr/bin/chromium", "/usr/lib/chromium/chromium" }.FirstOrDefault(File.Exists);
    }
}
