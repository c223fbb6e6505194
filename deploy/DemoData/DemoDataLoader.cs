namespace Platform.DemoData;

/// <summary>
/// Loads the <see cref="DemoSet"/> into a running platform through its gateway, so that every
/// record is validated and every event flows as for a user's change. Each record is looked up by
/// its natural key before it is written: a second load finds everything and writes nothing.
/// </summary>
public sealed class DemoDataLoader
{
    /// <summary>How long a message may take to cross the broker (a partner reaching a replica, a proposal its addressee).</summary>
    public TimeSpan DeliveryTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public async Task<DemoLoadSummary> LoadAsync(Uri gateway, CancellationToken ct)
    {
        using var client = GatewayClient.For(gateway);
        var summary = new DemoLoadSummary();
        var conventions = new ConventionRecords(client, summary, DeliveryTimeout);
        var liaison = new LiaisonRecords(client, summary);

        await conventions.ImportDecisionsAsync(ct);
        await liaison.RegisterOrganisationsAsync(ct);
        await conventions.WaitForPartnersAsync(ct);
        var activityIds = await conventions.RecordActivitiesAsync(ct);
        await conventions.AnswerProposalsAsync(activityIds, ct);
        await conventions.LogAssistanceRequestsAsync(ct);
        await liaison.RecordMembershipsAsync(ct);
        await liaison.RecordCoalitionsAsync(ct);
        await liaison.RecordEngagementsAsync(activityIds, ct);
        await liaison.RecordTransmissionsAsync(ct);
        return summary;
    }

    /// <summary>
    /// Waits until the gateway's <c>GET /health/ready</c> reports it <c>Healthy</c>, every service
    /// reachable (a <c>Degraded</c> gateway answers 200 too, while services are still starting),
    /// saying what it waits for; false when <paramref name="timeout"/> passes first.
    /// </summary>
    public static async Task<bool> WaitUntilReadyAsync(Uri gateway, TimeSpan timeout, TextWriter log, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            string state;
            try
            {
                using var response = await http.GetAsync("/health/ready", ct);
                var status = response.IsSuccessStatusCode ? HealthStatus(await response.Content.ReadAsStringAsync(ct)) : null;
                if (status == "Healthy")
                {
                    return true;
                }

                state = status is null ? $"it answers {(int)response.StatusCode}" : $"it reports {status}";
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                state = $"it does not answer ({exception.Message})";
            }

            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await log.WriteLineAsync($"Waiting for the gateway at {gateway} to be ready: {state}.");
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
        }
    }

    /// <summary>The <c>status</c> of a health report; the whole text when it is not one (a plain-text report).</summary>
    private static string HealthStatus(string report)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(report);
            return document.RootElement.TryGetProperty("status", out var status) ? status.GetString() ?? report : report;
        }
        catch (System.Text.Json.JsonException)
        {
            return report.Trim();
        }
    }
}
