using System.Net;
using System.Text.Json;

namespace Platform.DemoData;

/// <summary>
/// The convention teams' part of the demo: decisions, activities, joint proposals and their
/// answers, Party assistance requests. Each team writes only through its own routes.
/// </summary>
internal sealed class ConventionRecords(GatewayClient client, DemoLoadSummary summary, TimeSpan deliveryTimeout)
{
    private static readonly string[] Conventions = ["basel", "rotterdam", "stockholm"];

    private static string Team(string convention) => $"{convention}-team";

    private static string[] References(string convention, IEnumerable<string> paragraphs) =>
        [.. paragraphs.Select(paragraph => $"{DemoSet.SymbolOf(convention)} {paragraph}")];

    /// <summary>201 the first time a text is imported, 200 when the identical text is already there.</summary>
    public async Task ImportDecisionsAsync(CancellationToken ct)
    {
        foreach (var decision in DemoSet.Decisions)
        {
            var answer = await client.PostTextAsync(Team(decision.Convention), $"/api/{decision.Convention}/decisions", decision.Text,
                [HttpStatusCode.Created, HttpStatusCode.OK], ct);
            summary.Count("decisions", answer.Status == HttpStatusCode.Created ? DemoOutcome.Created : DemoOutcome.Existing);
        }
    }

    /// <summary>Activities may name only partners a convention's replica of the directory holds; registrations reach it over the broker.</summary>
    public async Task WaitForPartnersAsync(CancellationToken ct)
    {
        foreach (var convention in Conventions)
        {
            var needed = DemoSet.Activities.Where(a => a.Convention == convention).SelectMany(a => a.Partners).ToHashSet(StringComparer.Ordinal);
            await Delivery.UntilAsync(async () =>
            {
                var known = (await client.ListAsync(Team(convention), $"/api/{convention}/partners", ct))
                    .Select(p => p.GetProperty("id").GetString()).ToHashSet(StringComparer.Ordinal);
                var missing = needed.Where(id => !known.Contains(id)).ToList();
                return missing.Count == 0 ? null : $"{convention} does not know {string.Join(", ", missing)} yet";
            }, deliveryTimeout, ct);
        }
    }

    /// <summary>Records each activity not yet there (by title), proposes the joint ones; answers every activity's id by title.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RecordActivitiesAsync(CancellationToken ct)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var convention in Conventions)
        {
            var path = $"/api/{convention}/activities";
            var held = (await client.ListAsync(Team(convention), $"{path}?includeWithdrawn=true", ct))
                .ToDictionary(a => a.GetProperty("title").GetString()!, StringComparer.Ordinal);
            foreach (var activity in DemoSet.Activities.Where(a => a.Convention == convention))
            {
                if (!held.TryGetValue(activity.Title, out var stored))
                {
                    stored = await client.PostAsync(Team(convention), path, new
                    {
                        title = activity.Title,
                        description = activity.Description,
                        type = activity.Type,
                        status = activity.Status,
                        start = activity.Start,
                        end = activity.End,
                        partners = activity.Partners,
                        mandates = References(convention, activity.Paragraphs),
                        sdgTargets = activity.SdgTargets,
                        outputs = activity.Outputs,
                    }, ct);
                }

                summary.Count("activities", held.ContainsKey(activity.Title) ? DemoOutcome.Existing : DemoOutcome.Created);
                var id = stored.GetProperty("id").GetString()!;
                ids[activity.Title] = id;
                await ProposeAsync(convention, activity, id, stored, ct);
            }
        }

        return ids;
    }

    /// <summary>
    /// Waits for every proposal to reach the convention it invites, then gives the answers the
    /// data set records; a proposal already answered is left as it is.
    /// </summary>
    public async Task AnswerProposalsAsync(IReadOnlyDictionary<string, string> activityIds, CancellationToken ct)
    {
        foreach (var convention in Conventions)
        {
            var invitations = DemoSet.Activities
                .SelectMany(a => a.Invitations.Where(i => i.Convention == convention).Select(i => (Id: activityIds[a.Title], Invitation: i)))
                .ToList();
            var path = $"/api/{convention}/joint-proposals";
            var received = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            await Delivery.UntilAsync(async () =>
            {
                received = (await client.ListAsync(Team(convention), path, ct))
                    .ToDictionary(p => p.GetProperty("activityId").GetString()!, StringComparer.Ordinal);
                var waiting = invitations.Count(i => !received.ContainsKey(i.Id));
                return waiting == 0 ? null : $"{waiting} proposals have not reached {convention} yet";
            }, deliveryTimeout, ct);

            foreach (var (activityId, invitation) in invitations.Where(i => i.Invitation.AcceptedFor is not null || i.Invitation.DeclinedBecause is not null))
            {
                var proposal = received[activityId];
                if (proposal.GetProperty("status").GetString() != "proposed")
                {
                    summary.Count("answers to joint proposals", DemoOutcome.Existing);
                    continue;
                }

                var proposalPath = $"{path}/{proposal.GetProperty("id").GetString()}";
                _ = invitation.AcceptedFor is { } paragraphs
                    ? await client.PostAsync(Team(convention), $"{proposalPath}/accept", new { mandates = References(convention, paragraphs) }, ct, HttpStatusCode.OK)
                    : await client.PostAsync(Team(convention), $"{proposalPath}/decline", new { reason = invitation.DeclinedBecause }, ct, HttpStatusCode.OK);
                summary.Count("answers to joint proposals", DemoOutcome.Created);
            }
        }
    }

    /// <summary>Requests keyed by Party and subject; a closed one is logged closed, with its outcome.</summary>
    public async Task LogAssistanceRequestsAsync(CancellationToken ct)
    {
        foreach (var convention in Conventions)
        {
            var path = $"/api/{convention}/assistance-requests";
            var held = (await client.ListAsync(Team(convention), path, ct))
                .Select(r => (r.GetProperty("party").GetString(), r.GetProperty("subject").GetString()))
                .ToHashSet();
            foreach (var request in DemoSet.AssistanceRequests.Where(r => r.Convention == convention))
            {
                if (held.Contains((request.Party, request.Subject)))
                {
                    summary.Count("assistance requests", DemoOutcome.Existing);
                    continue;
                }

                await client.PostAsync(Team(convention), path, new
                {
                    party = request.Party,
                    subject = request.Subject,
                    description = request.Description,
                    receivedOn = request.ReceivedOn,
                    status = request.ClosedOn is null ? "open" : "closed",
                    outcome = request.Outcome,
                    closedOn = request.ClosedOn,
                    mandate = request.Paragraph is { } paragraph ? References(convention, [paragraph])[0] : null,
                }, ct);
                summary.Count("assistance requests", DemoOutcome.Created);
            }
        }
    }

    /// <summary>One proposal per invitation, each with its own message, to the conventions not yet invited.</summary>
    private async Task ProposeAsync(string convention, DemoActivity activity, string id, JsonElement stored, CancellationToken ct)
    {
        var invited = stored.GetProperty("participants").EnumerateArray()
            .Select(p => p.GetProperty("convention").GetString()).ToHashSet(StringComparer.Ordinal);
        foreach (var invitation in activity.Invitations)
        {
            if (invited.Contains(invitation.Convention))
            {
                summary.Count("joint proposals", DemoOutcome.Existing);
                continue;
            }

            await client.PostAsync(Team(convention), $"/api/{convention}/activities/{id}/joint-proposals",
                new { conventions = new[] { invitation.Convention }, message = invitation.Message }, ct);
            summary.Count("joint proposals", DemoOutcome.Created);
        }
    }
}
