using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Platform.FaultTests.Harness;

/// <summary>
/// The rest of the soak's traffic, beside a <see cref="Flow"/>: Basel proposes its new activities to
/// Rotterdam, which answers each (accepting, or declining when it cannot), and a report compiler starts
/// a report run now and then. Failures while a fault lasts are counted, not fatal: the reconciliation
/// judges what was kept.
/// </summary>
internal sealed class JointWork(FaultPlatform platform, string label)
{
    private readonly string _basel = platform.Writers.First(writer => writer.Source == PlatformServices.Basel).Token;
    private readonly string _rotterdam = platform.Writers.First(writer => writer.Source == PlatformServices.Rotterdam).Token;
    private int _proposed;
    private int _answered;
    private int _runs;
    private int _failed;

    public async Task RunAsync(CancellationToken stop)
    {
        for (var round = 1; !stop.IsCancellationRequested; round++)
        {
            try
            {
                await ProposeAndAnswerAsync(round);
                if (round % 3 == 0)
                {
                    await StartReportRunAsync();
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Interlocked.Increment(ref _failed);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(3), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override string ToString() =>
        $"Joint work: {_proposed} proposals, {_answered} answers, {_runs} report runs started, {_failed} steps failed during faults";

    private async Task ProposeAndAnswerAsync(int round)
    {
        var created = await SendAsync(HttpMethod.Post, "/api/basel/activities", _basel, new
        {
            title = $"{label} joint {round}",
            description = "Proposed to Rotterdam by the soak.",
            type = "meeting",
            status = "planned",
            start = "2021-06-01",
        });
        var activityId = created.GetProperty("id").GetString();
        await SendAsync(HttpMethod.Post, $"/api/basel/activities/{activityId}/joint-proposals", _basel, new { conventions = new[] { "rotterdam" } });
        Interlocked.Increment(ref _proposed);

        // The proposal reaches Rotterdam through the broker; it may take a moment, longer during a fault.
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var proposals = await SendAsync(HttpMethod.Get, "/api/rotterdam/joint-proposals?pageSize=200", _rotterdam, body: null);
            var proposal = proposals.GetProperty("items").EnumerateArray().FirstOrDefault(p => p.GetProperty("activityId").GetString() == activityId);
            if (proposal.ValueKind == JsonValueKind.Object)
            {
                var path = $"/api/rotterdam/joint-proposals/{proposal.GetProperty("id").GetString()}";
                await SendAsync(HttpMethod.Post, round % 2 == 0 ? $"{path}/accept" : $"{path}/decline", _rotterdam,
                    round % 2 == 0 ? new { mandates = new[] { "RC-9/9 6(b)" } } : new { reason = "No resources this biennium." });
                Interlocked.Increment(ref _answered);
                return;
            }

            await Task.Delay(500);
        }
    }

    private async Task StartReportRunAsync()
    {
        await platform.StartReportRunAsync();
        Interlocked.Increment(ref _runs);
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string path, string token, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await platform.Gateway.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
