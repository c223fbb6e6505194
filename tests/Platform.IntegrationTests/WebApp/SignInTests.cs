using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Platform.IntegrationTests.WebApp;

/// <summary>Signing in and out in a browser, and what the browser is (and is not) given to hold.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SignInTests(WebAppFixture fixture)
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
}
