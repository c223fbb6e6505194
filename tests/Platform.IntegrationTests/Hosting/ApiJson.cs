namespace Platform.IntegrationTests.Hosting;

/// <summary>Small helpers for reading the platform's JSON answers the way a client would.</summary>
public static class ApiJson
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, object body) =>
        client.PostAsJsonAsync(path, body, JsonSerializerOptions.Web);

    /// <summary>The field names a 400 ProblemDetails reports as invalid.</summary>
    public static IReadOnlySet<string> ErrorFields(this JsonElement problem) =>
        problem.TryGetProperty("errors", out var errors)
            ? errors.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();

    public static object ValidActivity(string title = "Methodology workshop on SDG indicator 12.4.2") => new
    {
        title,
        description = "Joint work with UNEP and UNSD on indicator methodologies.",
        type = "methodology-development",
        status = "completed",
        start = "2020-02-10",
        end = "2020-02-12",
    };

    /// <summary>A revision of <see cref="ValidActivity"/> under another title, naming the version it revises (none: no version field).</summary>
    public static object RevisedActivity(string title, int? version) => new
    {
        title,
        description = "Joint work with UNEP and UNSD on indicator methodologies.",
        type = "methodology-development",
        status = "completed",
        start = "2020-02-10",
        end = "2020-02-12",
        version,
    };

    /// <summary>The entries for one activity id in the reporting read model (<c>GET /api/reports/activities</c>).</summary>
    public static async Task<List<JsonElement>> ReportedActivitiesAsync(this HttpClient client, string id)
    {
        using var response = await client.GetAsync("/api/reports/activities?pageSize=200");
        var page = await response.ReadJsonAsync();
        return page.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("id").GetString() == id)
            .ToList();
    }
}
