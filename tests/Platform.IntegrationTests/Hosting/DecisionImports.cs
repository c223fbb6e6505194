using System.Collections.Concurrent;

namespace Platform.IntegrationTests.Hosting;

/// <summary>
/// Imports decision texts into a stack's convention services and expects the one answer each
/// import has: 201 the first time a text is imported, 200 when the very same text comes again.
/// Tests of one class share a stack, so the stack's imports are remembered here, not guessed.
/// </summary>
public sealed class DecisionImports(Func<string, HttpClient> team)
{
    private readonly ConcurrentDictionary<string, bool> _imported = new(StringComparer.Ordinal);

    /// <summary>Imports <paramref name="text"/> and answers the decision the service returned.</summary>
    public async Task<JsonElement> ImportAsync(string convention, string text, string? symbol = null, string? title = null)
    {
        var query = new List<string>();
        if (symbol is not null) { query.Add($"symbol={Uri.EscapeDataString(symbol)}"); }
        if (title is not null) { query.Add($"title={Uri.EscapeDataString(title)}"); }
        var path = $"/api/{convention}/decisions" + (query.Count == 0 ? "" : "?" + string.Join('&', query));

        var first = _imported.TryAdd($"{path}\n{text}", true);
        var expected = first ? HttpStatusCode.Created : HttpStatusCode.OK;
        using var client = team(convention);
        using var response = await client.PostAsync(path, new StringContent(text, Encoding.UTF8, "text/plain"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected,
            $"Importing into {convention} {(first ? "for the first time" : "again")} answered {(int)response.StatusCode}, not {(int)expected}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
