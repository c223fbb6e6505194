namespace Platform.IntegrationTests.Partners;

/// <summary>Requests of the partner-liaison API as a client writes them.</summary>
public static class PartnerRequests
{
    public static async Task<HttpResponseMessage> SendJsonAsync(
        this HttpClient client, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: JsonSerializerOptions.Web);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await response.ReadJsonAsync();
    }

    public static IReadOnlyList<string> Ids(this JsonElement items) =>
        items.EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToList();

    public static object Organisation(string id, string name = "Basel Convention Regional Centre for Asia and the Pacific", string kind = "regional-centre", string? parentId = null) =>
        new { id, name, acronym = "BCRC China", kind, parentId };
}
