using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Platform.IntegrationTests.WebApp;

/// <summary>What every browser journey does: sign in as a user would, look at a page with an accessibility check, keep a screenshot of it.</summary>
public static class WebPages
{
    /// <summary>Signs in on the sign-in page: types the name, ticks the roles, presses Sign in, and waits for the home page.</summary>
    public static async Task SignInAsync(IPage page, string name, params string[] roles)
    {
        await page.GotoAsync("/");
        await Microsoft.Playwright.Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in"));
        await page.GetByLabel("Your name").FillAsync(name);
        foreach (var role in roles)
        {
            await page.Locator($"input[type=checkbox][value='{role}']").CheckAsync();
        }

        await Button(page, "Sign in").ClickAsync();
        try
        {
            await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("signed-in-user")).ToHaveTextAsync(name);
        }
        catch (PlaywrightException)
        {
            await ScreenshotAsync(page, "sign-in-failed");
            throw;
        }
    }

    /// <summary>
    /// The button reading <paramref name="text"/>. Fluent UI's buttons are custom elements whose
    /// role the browser gets from their element internals, which Playwright's role selectors do
    /// not read; the text the user sees finds them, as it finds a native button.
    /// </summary>
    public static ILocator Button(IPage page, string text) =>
        page.Locator("fluent-button, button").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex($"^\\s*{System.Text.RegularExpressions.Regex.Escape(text)}\\s*$") });

    private static readonly TimeSpan AxeTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Runs axe on the page as it stands and fails on any serious or critical violation, naming
    /// each rule and the elements it found; then saves a screenshot named <paramref name="name"/>.
    /// </summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await ScreenshotAsync(page, name);
        // Not into frames: the report shown inline is sandboxed without scripts, so axe's script
        // could never answer from inside it and the check would wait for ever. That document is
        // the reporting service's own, checked where it is rendered. The check itself is bounded.
        AxeResult result = await page.RunAxe(new AxeRunOptions { Iframes = false }).WaitAsync(AxeTimeout);
        var blocking = result.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(blocking.Count == 0, $"{name} ({page.Url}) has accessibility violations:\n" + string.Join("\n", blocking.Select(violation =>
            $"- {violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()).Take(5))}")));
    }

    /// <summary>A full-page screenshot under the test results (<c>screenshots/{name}.png</c>).</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(ResultsFolder(), "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary><c>PLATFORM_TEST_RESULTS</c> (tests/run.sh sets it to its results folder), else <c>TestResults</c> at the repository's root.</summary>
    private static string ResultsFolder()
    {
        if (Environment.GetEnvironmentVariable("PLATFORM_TEST_RESULTS") is { Length: > 0 } configured)
        {
            return configured;
        }

        return Path.Combine(Checkout.FindRoot() ?? AppContext.BaseDirectory, "TestResults");
    }
}
