using Microsoft.Playwright;

namespace Platform.IntegrationTests.WebApp;

/// <summary>
/// The whole platform with its web application behind the gateway, and a real Chromium
/// (Debian's <c>chromium</c>, driven by Playwright) to use it with. The browser journeys share
/// one stack and one browser; each test signs in on a context of its own, so no test sees
/// another's cookies, and names its own records so none depends on another's data.
/// </summary>
public sealed class WebAppFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _browserUnavailable;

    protected override PlatformStackOptions Customize(PlatformStackOptions options) => options with { WebApp = true };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (!IsStarted)
        {
            return;
        }

        if (BrowserExecutable.Find() is not { } chromium)
        {
            _browserUnavailable = $"No Chromium to drive: install Debian's chromium (tests/run.sh does) or set {BrowserExecutable.Setting}.";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // This machine's network is closed: no background connections to look up or refuse.
            Args = ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>The gateway's address: the only one the browser is given.</summary>
    public Uri Address => Stack.Gateway.Address;

    /// <summary>A fresh browser context (no cookies, no storage) on the gateway's address.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        if (_browser is null)
        {
            TestServerAvailability.SkipOrFail(_browserUnavailable ?? "The browser did not start.");
        }

        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(20_000);
        // What a page shows after a save waits as long as an action may: a save goes through the
        // gateway and the service, which on a busy two-core machine can take longer than the
        // assertions' own 5 s.
        Assertions.SetDefaultExpectTimeout(20_000);
        return context;
    }

    /// <summary>A browser context signed in through the sign-in page as <paramref name="name"/> with <paramref name="roles"/>.</summary>
    public async Task<IPage> SignInAsync(string name, params string[] roles)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await WebPages.SignInAsync(page, name, roles);
        return page;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "web application in a browser";
}
