using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace WebApp.Gateway;

/// <summary>
/// The platform's APIs as the web application calls them: through the gateway, with the
/// signed-in user's access token, so the gateway and every service check each call exactly as
/// for any other client. Every answer is an <see cref="ApiResult{T}"/>: a service that is down
/// is a problem naming it, not an exception, so the rest of a page still renders.
/// </summary>
public sealed class GatewayApi(HttpClient http, SignedInUser user, ILogger<GatewayApi> logger)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>How long a call may take, unless it names its own time (issuing a report renders every document).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Get, path, content: null, ifMatch: null, cancellationToken);

    public Task<ApiResult<T>> PostAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, JsonContent.Create(body, options: Json), ifMatch: null, cancellationToken);

    public Task<ApiResult<T>> PutAsync<T>(string path, object body, int? version, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Put, path, JsonContent.Create(body, options: Json), version, cancellationToken);

    public Task<ApiResult<T>> DeleteAsync<T>(string path, int? version, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Delete, path, content: null, version, cancellationToken);

    public Task<ApiResult<T>> PostTextAsync<T>(string path, string text, CancellationToken cancellationToken = default) =>
        SendAsync<T>(HttpMethod.Post, path, new StringContent(text, System.Text.Encoding.UTF8, "text/plain"), ifMatch: null, cancellationToken);

    /// <summary>
    /// A response to pass on as it is (a report document): the caller disposes it. Null with a
    /// problem when the gateway refused or could not be reached.
    /// </summary>
    /// <remarks><paramref name="timeout"/> replaces <see cref="DefaultTimeout"/> for a call known to take longer.</remarks>
    public async Task<(HttpResponseMessage? Response, ApiProblem? Problem)> GetRawAsync(string path, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        try
        {
            using var request = await RequestAsync(HttpMethod.Get, path, content: null, ifMatch: null, cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout ?? DefaultTimeout);
            var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            if (response.IsSuccessStatusCode)
            {
                return (response, null);
            }

            using (response)
            {
                return (null, ApiProblem.Read((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken), ServiceOf(path)));
            }
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "GET {Path} through the gateway failed", path);
            return (null, ApiProblem.Unavailable(ServiceOf(path), StatusCodes.Status503ServiceUnavailable));
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "GET {Path} through the gateway timed out", path);
            return (null, ApiProblem.Unavailable(ServiceOf(path), StatusCodes.Status504GatewayTimeout));
        }
    }

    /// <summary>Any method with a JSON body (or none), and <c>If-Match</c> when <paramref name="version"/> is given.</summary>
    /// <remarks><paramref name="timeout"/> replaces <see cref="DefaultTimeout"/> for a call known to take longer.</remarks>
    public Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, object? body, int? version, CancellationToken cancellationToken = default, TimeSpan? timeout = null) =>
        SendAsync<T>(method, path, body is null ? null : JsonContent.Create(body, options: Json), version, cancellationToken, timeout);

    private async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, HttpContent? content, int? ifMatch, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        try
        {
            using var request = await RequestAsync(method, path, content, ifMatch, cancellationToken);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout ?? DefaultTimeout);
            using var response = await http.SendAsync(request, limit.Token);
            var etag = response.Headers.ETag?.ToString();
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(limit.Token);
                return new ApiResult<T>(default, ApiProblem.Read((int)response.StatusCode, body, ServiceOf(path)), etag);
            }

            var value = response.Content.Headers.ContentLength == 0
                ? default
                : await response.Content.ReadFromJsonAsync<T>(Json, limit.Token);
            return new ApiResult<T>(value, null, etag);
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "{Method} {Path} through the gateway failed", method, path);
            return new ApiResult<T>(default, ApiProblem.Unavailable(ServiceOf(path), StatusCodes.Status503ServiceUnavailable));
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "{Method} {Path} through the gateway timed out", method, path);
            return new ApiResult<T>(default, ApiProblem.Unavailable(ServiceOf(path), StatusCodes.Status504GatewayTimeout));
        }
    }

    private async Task<HttpRequestMessage> RequestAsync(
        HttpMethod method, string path, HttpContent? content, int? ifMatch, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
        if (await user.AccessTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    /// <summary>The service behind a gateway path, as a user knows it.</summary>
    public static string ServiceOf(string path)
    {
        var segments = path.TrimStart('/').Split('/', 3);
        return segments is ["api", var prefix, ..] ? prefix switch
        {
            "basel" => "Basel",
            "rotterdam" => "Rotterdam",
            "stockholm" => "Stockholm",
            "partners" => "partner-liaison",
            "reports" => "reporting",
            "auth" => "gateway",
            _ => prefix,
        } : "gateway";
    }
}
