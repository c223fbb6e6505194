using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Platform.FaultTests.Harness;

/// <summary>What operations sees through the gateway's <c>/ops</c> paths: dead letters, skipped messages, the inbox's count of duplicates.</summary>
internal sealed class OpsClient(HttpClient gateway, string opsToken)
{
    /// <summary>Messages waiting in the service's <c>_error</c> queues and in its <c>_skipped</c> queues.</summary>
    public async Task<(long DeadLettered, long Skipped, JsonElement Page)> DeadLettersAsync(string service)
    {
        using var request = Request(HttpMethod.Get, $"/ops/{service}/dead-letters");
        using var response = await gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        var skipped = page.GetProperty("skipped").EnumerateArray().Sum(queue => queue.GetProperty("messages").GetInt64());
        return (page.GetProperty("total").GetInt64(), skipped, page);
    }

    /// <summary>Moves one dead letter back to its endpoint; true when it was found and moved.</summary>
    public async Task<bool> ReplayAsync(string service, Guid messageId)
    {
        using var request = Request(HttpMethod.Post, $"/ops/{service}/dead-letters/{messageId}/replay");
        using var response = await gateway.SendAsync(request);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Redeliveries the service's inbox acknowledged without effect since the process started (its metric).</summary>
    public async Task<long> InboxDuplicatesAsync(string service)
    {
        using var request = Request(HttpMethod.Get, $"/ops/{service}/metrics");
        using var response = await gateway.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return (long)text.Split('\n')
            .Where(line => line.StartsWith("platform_inbox_duplicates_total", StringComparison.Ordinal))
            .Sum(line => double.Parse(SampleValue(line), CultureInfo.InvariantCulture));
    }

    /// <summary>The value of a sample line, <c>name{labels} value [timestamp]</c>.</summary>
    private static string SampleValue(string line)
    {
        var afterName = line.Contains('}', StringComparison.Ordinal) ? line[(line.LastIndexOf('}') + 1)..] : line[line.IndexOf(' ', StringComparison.Ordinal)..];
        return afterName.Trim().Split(' ')[0];
    }

    private HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", opsToken);
        return request;
    }
}
