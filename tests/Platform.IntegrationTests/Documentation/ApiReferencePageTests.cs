using System.Text.RegularExpressions;

namespace Platform.IntegrationTests.Documentation;

/// <summary>The gateway's API reference page, as a browser with no internet access loads it.</summary>
[Collection(nameof(DocumentationCollection))]
public sealed partial class ApiReferencePageTests(DocumentationFixture fixture)
{
    private const string PagePath = "/api-reference";

    [Fact]
    public async Task Reference_page_answers_without_a_token_and_lists_every_services_document()
    {
        using var browser = fixture.Anonymous();

        using var page = await browser.GetAsync(PagePath);
        var scripts = await LoadedTextAsync(browser, page);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("API reference", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var (service, name) in new[]
                 {
                     (PlatformServices.Basel, "Basel convention service"), (PlatformServices.Rotterdam, "Rotterdam convention service"),
                     (PlatformServices.Stockholm, "Stockholm convention service"), (PlatformServices.PartnerLiaison, "Partner-liaison service"),
                     (PlatformServices.Reporting, "Reporting service"),
                 })
        {
            Assert.Contains($"\"url\":\"/openapi/{service}.json\",\"name\":\"{name}\"", scripts, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_script_and_stylesheet_of_the_page_comes_from_the_gateway()
    {
        using var browser = fixture.Anonymous();
        using var page = await browser.GetAsync(PagePath);
        var pageAddress = page.RequestMessage!.RequestUri!;

        var assets = AssetReferences().Matches(await page.Content.ReadAsStringAsync())
            .Select(match => new Uri(pageAddress, match.Groups["url"].Value))
            .ToList();

        Assert.Contains(assets, asset => asset.AbsolutePath.EndsWith("/swagger-ui-bundle.js", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            Assert.Equal(fixture.Stack.Gateway.Address.Authority, asset.Authority);
            using var loaded = await browser.GetAsync(asset);
            Assert.True(loaded.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)loaded.StatusCode}");
            Assert.NotEmpty(await loaded.Content.ReadAsByteArrayAsync());
        }

        // swagger-ui would otherwise send every document to an online validator.
        Assert.DoesNotMatch(OnlineValidator(), await LoadedTextAsync(browser, page));
    }

    /// <summary>The text of the page's own scripts, where swagger-ui's configuration (the document list) lives.</summary>
    private static async Task<string> LoadedTextAsync(HttpClient browser, HttpResponseMessage page)
    {
        var pageAddress = page.RequestMessage!.RequestUri!;
        var texts = new List<string>();
        foreach (Match script in ScriptSources().Matches(await page.Content.ReadAsStringAsync()))
        {
            var address = new Uri(pageAddress, script.Groups["url"].Value);
            if (!address.AbsolutePath.Contains("swagger-ui", StringComparison.Ordinal))
            {
                texts.Add(await browser.GetStringAsync(address));
            }
        }

        return string.Join('\n', texts);
    }

    [GeneratedRegex("""<(?:script|link)\b[^>]*\b(?:src|href)="(?<url>[^"]+)""")]
    private static partial Regex AssetReferences();

    [GeneratedRegex("""<script\b[^>]*\bsrc="(?<url>[^"]+)""")]
    private static partial Regex ScriptSources();

    [GeneratedRegex("""validatorUrl"\s*:\s*"https?:""")]
    private static partial Regex OnlineValidator();
}
