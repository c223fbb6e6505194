using System.Net.Http.Headers;
using System.Text;

namespace Platform.Testing.Internal;

/// <summary>
/// The RabbitMQ management HTTP API of a broker named by environment variable, used only to create and remove
/// virtual hosts (a private node or a container is asked through rabbitmqctl instead).
/// </summary>
internal sealed class ManagementApi(Uri amqpUri) : IDisposable
{
    public const string EnvironmentVariable = "PLATFORM_TEST_RABBITMQ_MANAGEMENT";

    private readonly HttpClient http = CreateClient(amqpUri);

    public Uri BaseAddress => http.BaseAddress!;

    public async Task CreateVirtualHostAsync(string name, string user, CancellationToken ct)
    {
        await SendAsync(HttpMethod.Put, $"api/vhosts/{Uri.EscapeDataString(name)}", "{}", ct).ConfigureAwait(false);
        await SendAsync(
            HttpMethod.Put,
            $"api/permissions/{Uri.EscapeDataString(name)}/{Uri.EscapeDataString(user)}",
            """{"configure":".*","write":".*","read":".*"}""",
            ct).ConfigureAwait(false);
    }

    public Task DeleteVirtualHostAsync(string name, CancellationToken ct) =>
        SendAsync(HttpMethod.Delete, $"api/vhosts/{Uri.EscapeDataString(name)}", null, ct);

    public void Dispose() => http.Dispose();

    private static HttpClient CreateClient(Uri amqpUri)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var baseAddress = string.IsNullOrWhiteSpace(configured)
            ? new Uri($"http://{amqpUri.Host}:15672/")
            : new Uri(configured.TrimEnd('/') + "/");
        var (user, password) = Credentials(amqpUri);
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(15) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client;
    }

    public static (string User, string Password) Credentials(Uri amqpUri)
    {
        var parts = amqpUri.UserInfo.Split(':', 2);
        var user = parts[0].Length > 0 ? Uri.UnescapeDataString(parts[0]) : "guest";
        var password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "guest";
        return (user, password);
    }

    private async Task SendAsync(HttpMethod method, string path, string? json, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            throw new HttpRequestException($"{method} {new Uri(BaseAddress, path)} answered {(int)response.StatusCode}: {body}");
        }
    }
}
