using System.Text.Json;

namespace Platform.DemoData;

/// <summary>
/// The partner-liaison team's part of the demo: directory entries, standings, coalitions,
/// engagements and transmissions, all under <c>/api/partners</c>.
/// </summary>
internal sealed class LiaisonRecords(GatewayClient client, DemoLoadSummary summary)
{
    private const string Team = "liaison-team";
    private const string Organisations = "/api/partners/organisations";
    private const string Memberships = "/api/partners/memberships";
    private const string Coalitions = "/api/partners/coalitions";
    private const string Engagements = "/api/partners/engagements";
    private const string Transmissions = "/api/partners/transmissions";

    public async Task RegisterOrganisationsAsync(CancellationToken ct)
    {
        foreach (var organisation in DemoSet.Organisations)
        {
            var held = await client.FindAsync(Team, $"{Organisations}/{organisation.Id}", ct);
            if (held is null)
            {
                await client.PostAsync(Team, Organisations, organisation, ct);
            }

            summary.Count("organisations", held is null ? DemoOutcome.Created : DemoOutcome.Existing);
        }
    }

    /// <summary>A standing keyed by its body; each status change by the status it reaches.</summary>
    public async Task RecordMembershipsAsync(CancellationToken ct)
    {
        foreach (var membership in DemoSet.Memberships)
        {
            var held = (await client.ListAsync(Team, $"{Memberships}?partner={membership.PartnerId}", ct)).FirstOrDefault();
            if (held.ValueKind != JsonValueKind.Object)
            {
                held = await client.PostAsync(Team, Memberships, new
                {
                    partnerId = membership.PartnerId,
                    status = membership.Status,
                    on = membership.On,
                    mandates = membership.Mandates,
                    note = membership.Note,
                }, ct);
                summary.Count("memberships", DemoOutcome.Created);
            }
            else
            {
                summary.Count("memberships", DemoOutcome.Existing);
            }

            foreach (var change in membership.Changes)
            {
                var reached = held.GetProperty("history").EnumerateArray().Any(step => step.GetProperty("status").GetString() == change.Status);
                if (!reached)
                {
                    held = await client.PostAsync(Team, $"{Memberships}/{held.GetProperty("id").GetString()}/status-changes", new
                    {
                        status = change.Status,
                        on = change.On,
                        mandates = membership.Mandates,
                        note = change.Note,
                        version = held.GetProperty("version").GetInt32(),
                    }, ct, System.Net.HttpStatusCode.OK);
                }

                summary.Count("membership status changes", reached ? DemoOutcome.Existing : DemoOutcome.Created);
            }
        }
    }

    /// <summary>A coalition keyed by its directory id; one recorded as intended (the initial directory's e-waste coalition) is marked established.</summary>
    public async Task RecordCoalitionsAsync(CancellationToken ct)
    {
        foreach (var coalition in DemoSet.Coalitions)
        {
            var held = await client.FindAsync(Team, $"{Coalitions}/{coalition.Id}", ct);
            if (held is null)
            {
                await client.PostAsync(Team, Coalitions, new
                {
                    id = coalition.Id,
                    members = coalition.Members,
                    established = true,
                    establishedOn = coalition.EstablishedOn,
                    mandates = coalition.Mandates,
                    description = coalition.Description,
                }, ct);
                summary.Count("coalitions", DemoOutcome.Created);
            }
            else if (!held.Value.GetProperty("established").GetBoolean())
            {
                await client.PutAsync(Team, $"{Coalitions}/{coalition.Id}", new
                {
                    members = coalition.Members,
                    established = true,
                    establishedOn = coalition.EstablishedOn,
                    mandates = coalition.Mandates,
                    description = coalition.Description,
                    version = held.Value.GetProperty("version").GetInt32(),
                }, ct);
                summary.Count("coalitions", DemoOutcome.Updated);
            }
            else
            {
                summary.Count("coalitions", DemoOutcome.Existing);
            }
        }
    }

    /// <summary>Engagements keyed by title, linked to the activities they belong to.</summary>
    public async Task RecordEngagementsAsync(IReadOnlyDictionary<string, string> activityIds, CancellationToken ct)
    {
        var held = await TitlesAsync($"{Engagements}?includeWithdrawn=true", ct);
        foreach (var engagement in DemoSet.Engagements)
        {
            if (!held.Contains(engagement.Title))
            {
                await client.PostAsync(Team, Engagements, new
                {
                    kind = engagement.Kind,
                    title = engagement.Title,
                    description = engagement.Description,
                    participation = engagement.Participation,
                    start = engagement.Start,
                    end = engagement.End,
                    partners = engagement.Partners,
                    conventions = engagement.Conventions,
                    activities = engagement.ActivityTitles.Select(title => activityIds[title]).ToArray(),
                    mandates = engagement.Mandates,
                }, ct);
            }

            summary.Count("engagements", held.Contains(engagement.Title) ? DemoOutcome.Existing : DemoOutcome.Created);
        }
    }

    /// <summary>Transmissions keyed by title.</summary>
    public async Task RecordTransmissionsAsync(CancellationToken ct)
    {
        var held = await TitlesAsync(Transmissions, ct);
        foreach (var transmission in DemoSet.Transmissions)
        {
            if (!held.Contains(transmission.Title))
            {
                await client.PostAsync(Team, Transmissions, transmission, ct);
            }

            summary.Count("transmissions", held.Contains(transmission.Title) ? DemoOutcome.Existing : DemoOutcome.Created);
        }
    }

    private async Task<HashSet<string>> TitlesAsync(string path, CancellationToken ct) =>
        (await client.ListAsync(Team, path, ct)).Select(item => item.GetProperty("title").GetString()!).ToHashSet(StringComparer.Ordinal);
}
