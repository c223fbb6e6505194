using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Benchmarks.Pages;

/// <summary>
/// What a browser holds after signing in through the web application's sign-in page: its cookies,
/// nothing else. Pages are then asked for as a browser asks for them, through the gateway.
/// </summary>
internal sealed partial class BrowserSession : IDisposable
{
    private readonly HttpClient _client;

    private BrowserSession(HttpClient client) => _client = client;

    public static async Task<BrowserSession> SignInAsync(Uri gateway, string name, params string[] roles)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true })
        {
            BaseAddress = gateway,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var form = await client.GetStringAsync("/sign-in");
        var antiforgery = AntiforgeryField().Match(form) is { Success: true } match
            ? match.Groups["value"].Value
            : throw new InvalidOperationException("The sign-in page holds no antiforgery token.");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("_handler", "sign-in"),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(antiforgery)),
            new("Input.Name", name),
            new("Input.ReturnUrl", "/"),
        };
        fields.AddRange(roles.Select(role => new KeyValuePair<string, string>("role", role)));
        using var signedIn = await client.PostAsync("/sign-in", new FormUrlEncodedContent(fields));
        var home = await signedIn.Content.ReadAsStringAsync();
        if (!signedIn.IsSuccessStatusCode || !home.Contains(name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {name} failed: {(int)signedIn.StatusCode} at {signedIn.RequestMessage?.RequestUri}.");
        }

        return new BrowserSession(client);
    }

    /// <summary>The whole page, as the server rendered it; throws on anything but 200.</summary>
    public async Task<string> GetPageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? body
            : throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("""name="__RequestVerificationToken"[^>]*value="(?<value>[^"]+)"|value="(?<value>[^"]+)"[^>]*name="__RequestVerificationToken" """)]
    private static partial Regex AntiforgeryField();
}
