using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using WebApp;
using static Microsoft.Playwright.Assertions;

namespace Platform.IntegrationTests.WebApp;

/// <summary>Signing in and out in a browser, and what the browser is (and is not) given to hold.</summary>
[Collection(WebAppCollection.Name)]
public sealed partial class SignInTests(WebAppFixture fixture)
{
    [Fact]
    public async Task The_gateway_address_shows_the_sign_in_page_and_signing_in_shows_the_user_and_their_roles()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in\\?returnUrl=%2F$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await WebPages.CheckAsync(page, "sign-in");

        await WebPages.SignInAsync(page, "Ana Compiler", "report-compiler");

        await Expect(page.GetByText("report-compiler")).ToBeVisibleAsync();
        Assert.Equal(fixture.Address.Authority, new Uri(page.Url).Authority); // still through the gateway, never the web application's own port
        await WebPages.CheckAsync(page, "home");
    }

    [Fact]
    public async Task The_browser_holds_an_HttpOnly_SameSite_session_cookie_and_no_access_token_anywhere()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var bodies = new List<Task<string>>();
        var frames = new List<string>();
        page.Response += (_, response) => bodies.Add(ReadBodyAsync(response));
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => frames.Add(frame.Text ?? "");

        await WebPages.SignInAsync(page, "Token Seeker", "report-compiler", "basel-team");
        await page.GotoAsync("/reports");
        await page.GotoAsync("/basel/decisions");
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var cookies = await context.CookiesAsync();
        var session = Assert.Single(cookies, cookie => cookie.Name == "brs.session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Lax, session.SameSite);
        Assert.All(cookies, cookie => Assert.True(cookie.HttpOnly, $"cookie {cookie.Name} is readable by scripts"));
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie"));

        var storage = await page.EvaluateAsync<string>(
            "JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)])");
        var documents = (await Task.WhenAll(bodies)).Concat(frames).Concat([await page.ContentAsync(), storage])
            .Concat(cookies.Select(cookie => cookie.Value)).ToList();
        Assert.True(documents.Count > 5, "the pages' responses were recorded");
        Assert.DoesNotContain(documents, text => JsonWebToken().IsMatch(text));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_the_old_cookie_opens_nothing()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await WebPages.SignInAsync(page, "Leaving User", "reader");
        var signedIn = await context.CookiesAsync();

        await WebPages.Button(page, "Sign out").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/sign-in"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        // The cookie a thief copied before the sign-out names a session the server has forgotten.
        await using var replay = await fixture.NewContextAsync();
        await replay.AddCookiesAsync(signedIn.Select(cookie => new Microsoft.Playwright.Cookie
        {
            Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path,
            HttpOnly = cookie.HttpOnly, SameSite = cookie.SameSite, Secure = cookie.Secure,
        }));
        var stolen = await replay.NewPageAsync();
        await stolen.GotoAsync("/reports");
        await Expect(stolen).ToHaveURLAsync(new Regex("/sign-in\\?returnUrl=%2Freports$"));
    }

    [Fact]
    public async Task Outside_development_the_session_cookie_is_sent_over_https_only()
    {
        await using var webapp = ServiceHost<WebAppService>.Start("webapp", new Dictionary<string, string?>
        {
            ["Gateway:Address"] = "http://127.0.0.1:9/",
            ["Authentication:Jwt:Authority"] = "https://identity.example.org/",
            ["Authentication:OpenIdConnect:ClientId"] = "webapp",
        }, environment: "Production");

        var cookie = webapp.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme).Cookie;

        Assert.Equal(CookieSecurePolicy.Always, cookie.SecurePolicy);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteMode.Lax, cookie.SameSite);
    }

    /// <summary>
    /// A response's text, or nothing for a body the browser did not keep (a redirect, a download)
    /// or one that never ends (the live circuit's fallback transports stream): those are read
    /// for ten seconds at most, and the circuit's frames are read as frames.
    /// </summary>
    private static async Task<string> ReadBodyAsync(IResponse response)
    {
        try
        {
            return await response.TextAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception exception) when (exception is PlaywrightException or TimeoutException)
        {
            return "";
        }
    }

    /// <summary>A signed JSON web token: three base64url parts, the first two JSON objects.</summary>
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+")]
    private static partial Regex JsonWebToken();
}
