using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Platform.DemoData;

/// <summary>
/// The platform's public API as the loader uses it: every call goes through the gateway with a
/// development token for the team that owns the route, so each write is checked and announced
/// exactly as a user's would be. Any answer other than the one expected is a <see cref="DemoLoadException"/>.
/// </summary>
public sealed class GatewayClient(HttpClient http) : IDisposable
{
    /// <summary>The list endpoints' largest page.</summary>
    private const int PageSize = 200;

    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public static GatewayClient For(Uri gateway) =>
        new(new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) });

    /// <summary>The status code and JSON body of a call, for the callers that tell 201 from 200.</summary>
    public sealed record Answer(HttpStatusCode Status, JsonElement Body);

    public async Task<JsonElement> GetAsync(string role, string path, CancellationToken ct) =>
        (await SendAsync(role, HttpMethod.Get, path, content: null, [HttpStatusCode.OK], ct)).Body;

    /// <summary>The entry at <paramref name="path"/>, or null when the API answers 404.</summary>
    public async Task<JsonElement?> FindAsync(string role, string path, CancellationToken ct)
    {
        var answer = await SendAsync(role, HttpMethod.Get, path, content: null, [HttpStatusCode.OK, HttpStatusCode.NotFound], ct);
        return answer.Status == HttpStatusCode.OK ? answer.Body : null;
    }

    /// <summary>Every item of a paged list (<c>items</c>, <c>totalCount</c>), page by page.</summary>
    public async Task<List<JsonElement>> ListAsync(string role, string path, CancellationToken ct)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var body = await GetAsync(role, $"{path}{separator}page={page}&pageSize={PageSize}", ct);
            var pageItems = body.GetProperty("items").EnumerateArray().ToList();
            items.AddRange(pageItems);
            if (pageItems.Count < PageSize || items.Count >= body.GetProperty("totalCount").GetInt32())
            {
                return items;
            }
        }
    }

    public async Task<JsonElement> PostAsync(string role, string path, object body, CancellationToken ct, HttpStatusCode expected = HttpStatusCode.Created) =>
        (await SendAsync(role, HttpMethod.Post, path, JsonContent.Create(body, options: JsonSerializerOptions.Web), [expected], ct)).Body;

    public async Task<JsonElement> PutAsync(string role, string path, object body, CancellationToken ct) =>
        (await SendAsync(role, HttpMethod.Put, path, JsonContent.Create(body, options: JsonSerializerOptions.Web), [HttpStatusCode.OK], ct)).Body;

    /// <summary>A text/plain body, answered with one of <paramref name="expected"/>.</summary>
    public Task<Answer> PostTextAsync(string role, string path, string text, HttpStatusCode[] expected, CancellationToken ct) =>
        SendAsync(role, HttpMethod.Post, path, new StringContent(text, Encoding.UTF8, "text/plain"), expected, ct);

    public void Dispose() => http.Dispose();

    private async Task<Answer> SendAsync(
        string role, HttpMethod method, string path, HttpContent? content, HttpStatusCode[] expected, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(role, ct));
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!expected.Contains(response.StatusCode))
        {
            throw DemoLoadException.Unexpected(method, path, response.StatusCode, text);
        }

        return new Answer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>One token per role from the gateway's development token endpoint, kept for the run.</summary>
    private async Task<string> TokenAsync(string role, CancellationToken ct)
    {
        if (_tokens.TryGetValue(role, out var token))
        {
            return token;
        }

        const string path = "/api/auth/dev-token";
        using var response = await http.PostAsJsonAsync(path, new { subject = "demo-loader", roles = new[] { role } }, JsonSerializerOptions.Web, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw DemoLoadException.Unexpected(HttpMethod.Post, path, response.StatusCode, text);
        }

        token = JsonDocument.Parse(text).RootElement.GetProperty("access_token").GetString()!;
        _tokens[role] = token;
        return token;
    }
}
