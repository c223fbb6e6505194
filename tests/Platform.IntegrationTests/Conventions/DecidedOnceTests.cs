using MassTransit;
using Platform.Contracts.Activities;
using Platform.Contracts.AssistanceRequests;
using Platform.Contracts.Decisions;
using Platform.Contracts.JointActivities;
using Platform.IntegrationTests.Partners;

namespace Platform.IntegrationTests.Conventions;

/// <summary>
/// What is decided once stays decided once when two users act at the same instant: one request
/// wins, the other is 409 naming what won (or 200 when it asked for the very same thing), one
/// event goes out, and both conventions' records agree. Each test races fresh records, round
/// after round, through the gateway and straight at the service.
/// </summary>
public sealed class DecidedOnceTests(ConventionsFixture fixture) : IClassFixture<ConventionsFixture>
{
    private const int Rounds = 20;

    private const string RotterdamMandate = "RC-9/9 6(b)";

    // Fresh decision symbols for every round of every test of this class.
    private static int _nextDecision = 100;

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Accept_and_decline_sent_together_one_answer_wins_and_the_other_is_409_naming_it(string route)
    {
        using var rotterdam = fixture.Team("rotterdam", route);
        foreach (var (activityId, proposalId) in await ProposedToRotterdamAsync(Rounds))
        {
            var responses = await AtOnce.SendAsync(
                () => rotterdam.PostJsonAsync($"/api/rotterdam/joint-proposals/{proposalId}/accept", new { mandates = new[] { RotterdamMandate } }),
                () => rotterdam.PostJsonAsync($"/api/rotterdam/joint-proposals/{proposalId}/decline", new { reason = "No resources this biennium." }));

            var (won, lost) = OneWinner(responses, HttpStatusCode.OK);
            var answer = (await won.ReadJsonAsync()).GetProperty("status").GetString();
            var problem = await lost.ReadJsonAsync();
            Assert.Equal($"The proposal was already {answer}.", problem.GetProperty("title").GetString());
            Assert.Equal(answer, problem.GetProperty("answer").GetString());

            var published = await fixture.PublishedAsync("rotterdam");
            var answers = published.OfType<JointActivityJoined>().Count(m => m.ProposalId == proposalId)
                + published.OfType<JointActivityDeclined>().Count(m => m.ProposalId == proposalId);
            Assert.Equal(1, answers);
            await BothSidesAgreeAsync(activityId, proposalId, answer!);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task The_same_acceptance_sent_twice_together_is_200_twice_and_published_once(string route)
    {
        using var rotterdam = fixture.Team("rotterdam", route);
        foreach (var (activityId, proposalId) in await ProposedToRotterdamAsync(Rounds))
        {
            var responses = await AtOnce.SendAsync(
                () => rotterdam.PostJsonAsync($"/api/rotterdam/joint-proposals/{proposalId}/accept", new { mandates = new[] { RotterdamMandate } }),
                () => rotterdam.PostJsonAsync($"/api/rotterdam/joint-proposals/{proposalId}/accept", new { mandates = new[] { RotterdamMandate } }));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], responses.Select(r => r.StatusCode));
            foreach (var response in responses)
            {
                Assert.Equal("accepted", (await response.ReadJsonAsync()).GetProperty("status").GetString());
            }

            var published = await fixture.PublishedAsync("rotterdam");
            Assert.Single(published.OfType<JointActivityJoined>(), m => m.ProposalId == proposalId);
            await BothSidesAgreeAsync(activityId, proposalId, "accepted");
            DisposeAll(responses);
        }
    }

    [Fact]
    public async Task A_contradicting_answer_after_one_was_applied_leaves_the_leads_activity_as_it_was_and_is_dead_lettered()
    {
        using var rotterdam = fixture.Team("rotterdam");
        var (activityId, proposalId) = (await ProposedToRotterdamAsync(1))[0];
        using var accepted = await rotterdam.PostJsonAsync(
            $"/api/rotterdam/joint-proposals/{proposalId}/accept", new { mandates = new[] { RotterdamMandate } });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await BothSidesAgreeAsync(activityId, proposalId, "accepted");

        // A refusal of the same proposal, as a queue may still hold from before answers were decided once.
        var messageId = NewId.NextGuid();
        var bus = fixture.Stack.Service(PlatformServices.Rotterdam).Services.GetRequiredService<IBus>();
        await bus.Publish(
            new JointActivityDeclined
            {
                ProposalId = proposalId,
                ActivityId = activityId,
                LeadConvention = "basel",
                Convention = "rotterdam",
                Reason = "No resources this biennium.",
                AnsweredAt = DateTimeOffset.UtcNow,
            },
            context => context.MessageId = messageId);

        using var ops = fixture.Stack.Client(fixture.Stack.Tokens.For("operator", "ops"));
        await Eventually.TrueAsync(
            async () =>
            {
                using var response = await ops.GetAsync("/ops/basel/dead-letters");
                return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()
                    .Any(item => item.GetProperty("messageId").GetString() == messageId.ToString());
            },
            because: "the contradicting answer to land in Basel's error queue", timeout: TimeSpan.FromSeconds(60));
        var participant = await LeadParticipantAsync(activityId);
        Assert.Equal("accepted", participant.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, participant.GetProperty("declineReason").ValueKind);
        using var activity = await fixture.Team("basel").GetAsync($"/api/basel/activities/{activityId}");
        Assert.Equal(3, (await activity.ReadJsonAsync()).GetProperty("version").GetInt32());
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Two_texts_imported_under_one_symbol_together_are_201_and_409(string route)
    {
        using var basel = fixture.Team("basel", route);
        for (var round = 0; round < Rounds; round++)
        {
            var symbol = NextSymbol();
            var text = Samples.AdoptedAs(symbol);
            var other = text.Replace("at its next meeting", "at its sixteenth meeting", StringComparison.Ordinal);

            var responses = await AtOnce.SendAsync(() => ImportAsync(basel, text), () => ImportAsync(basel, other));

            var (_, lost) = OneWinner(responses, HttpStatusCode.Created);
            Assert.Equal("This decision is already imported.", (await lost.ReadJsonAsync()).GetProperty("title").GetString());
            Assert.Single((await fixture.PublishedAsync("basel")).OfType<DecisionImported>(), m => m.Symbol == symbol);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task The_same_text_imported_twice_together_is_201_and_200_and_published_once(string route)
    {
        using var basel = fixture.Team("basel", route);
        for (var round = 0; round < Rounds; round++)
        {
            var symbol = NextSymbol();
            var text = Samples.AdoptedAs(symbol);

            var responses = await AtOnce.SendAsync(() => ImportAsync(basel, text), () => ImportAsync(basel, text));

            var (_, again) = OneWinner(responses, HttpStatusCode.Created, loser: HttpStatusCode.OK);
            Assert.Equal(symbol, (await again.ReadJsonAsync()).GetProperty("symbol").GetString());
            Assert.Single((await fixture.PublishedAsync("basel")).OfType<DecisionImported>(), m => m.Symbol == symbol);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Two_supersessions_of_one_mandate_together_are_200_and_409_naming_the_one_recorded(string route)
    {
        using var basel = fixture.Team("basel", route);
        await fixture.ImportAsync("basel", Samples.AdoptedAs("BC-15/1"));
        await fixture.ImportAsync("basel", Samples.AdoptedAs("BC-15/2"));
        for (var round = 0; round < Rounds; round++)
        {
            var reference = await FreshMandateAsync();

            var responses = await AtOnce.SendAsync(
                () => basel.PostJsonAsync("/api/basel/mandates/supersede", new { reference, supersededBy = "BC-15/1" }),
                () => basel.PostJsonAsync("/api/basel/mandates/supersede", new { reference, supersededBy = "BC-15/2" }));

            var (won, lost) = OneWinner(responses, HttpStatusCode.OK);
            var by = (await won.ReadJsonAsync()).GetProperty("supersededBy").GetString();
            var problem = await lost.ReadJsonAsync();
            Assert.Equal("Already superseded.", problem.GetProperty("title").GetString());
            Assert.Equal(by, problem.GetProperty("supersededBy").GetString());
            var published = Assert.Single((await fixture.PublishedAsync("basel")).OfType<MandateSuperseded>(), m => m.Reference == reference);
            Assert.Equal(by, published.SupersededBy);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task The_same_supersession_sent_twice_together_is_200_twice_and_published_once(string route)
    {
        using var basel = fixture.Team("basel", route);
        await fixture.ImportAsync("basel", Samples.AdoptedAs("BC-15/1"));
        for (var round = 0; round < Rounds; round++)
        {
            var reference = await FreshMandateAsync();

            var responses = await AtOnce.SendAsync(
                () => basel.PostJsonAsync("/api/basel/mandates/supersede", new { reference, supersededBy = "BC-15/1" }),
                () => basel.PostJsonAsync("/api/basel/mandates/supersede", new { reference, supersededBy = "BC-15/1" }));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], responses.Select(r => r.StatusCode));
            Assert.Single((await fixture.PublishedAsync("basel")).OfType<MandateSuperseded>(), m => m.Reference == reference);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Proposing_an_activity_to_one_convention_twice_together_is_201_and_409_and_proposed_once(string route)
    {
        using var basel = fixture.Team("basel", route);
        for (var round = 0; round < Rounds; round++)
        {
            var activityId = await RecordActivityAsync($"Proposed twice at once, round {round}");

            var responses = await AtOnce.SendAsync(
                () => basel.PostJsonAsync($"/api/basel/activities/{activityId}/joint-proposals", new { conventions = new[] { "rotterdam" } }),
                () => basel.PostJsonAsync($"/api/basel/activities/{activityId}/joint-proposals", new { conventions = new[] { "rotterdam" } }));

            var (_, lost) = OneWinner(responses, HttpStatusCode.Created);
            var problem = await lost.ReadJsonAsync();
            Assert.Equal("Already proposed.", problem.GetProperty("title").GetString());
            Assert.Equal("The activity was already proposed to rotterdam.", problem.GetProperty("detail").GetString());
            Assert.Single((await fixture.PublishedAsync("basel")).OfType<JointActivityProposed>(), m => m.Activity.Id == activityId);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Withdrawing_an_activity_twice_together_is_200_twice_with_the_same_activity_and_published_once(string route)
    {
        using var basel = fixture.Team("basel", route);
        for (var round = 0; round < Rounds; round++)
        {
            var activityId = await RecordActivityAsync($"Withdrawn twice at once, round {round}");

            var responses = await AtOnce.SendAsync(
                () => basel.DeleteAsync($"/api/basel/activities/{activityId}?reason=Cancelled"),
                () => basel.DeleteAsync($"/api/basel/activities/{activityId}?reason=Cancelled"));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], responses.Select(r => r.StatusCode));
            var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
            Assert.Equal(bodies[0], bodies[1]);
            var withdrawn = await responses[0].ReadJsonAsync();
            Assert.True(withdrawn.GetProperty("withdrawn").GetBoolean());
            Assert.Equal(2, withdrawn.GetProperty("version").GetInt32());
            Assert.Equal(["\"2\"", "\"2\""], responses.Select(r => r.Headers.ETag?.Tag));
            Assert.Single((await fixture.PublishedAsync("basel")).OfType<ActivityWithdrawn>(), m => m.Activity.Id == activityId);
            DisposeAll(responses);
        }
    }

    [Theory]
    [MemberData(nameof(AtOnce.Routes), MemberType = typeof(AtOnce))]
    public async Task Closing_an_assistance_request_twice_together_is_200_and_409_with_the_version_that_won(string route)
    {
        using var basel = fixture.Team("basel", route);
        for (var round = 0; round < Rounds; round++)
        {
            using var opened = await basel.PostJsonAsync("/api/basel/assistance-requests", new
            {
                party = "KE", subject = $"National plan, round {round}", receivedOn = "2020-03-04",
            });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
            var id = (await opened.ReadJsonAsync()).GetProperty("id").GetGuid();
            var closing = new
            {
                party = "KE", subject = $"National plan, round {round}", receivedOn = "2020-03-04", status = "closed",
                closedOn = "2020-10-30", outcome = "Draft chapter delivered.", version = 1,
            };

            var responses = await AtOnce.SendAsync(
                () => basel.PutAsJsonAsync($"/api/basel/assistance-requests/{id}", closing, JsonSerializerOptions.Web),
                () => basel.PutAsJsonAsync($"/api/basel/assistance-requests/{id}", closing, JsonSerializerOptions.Web));

            var (_, lost) = OneWinner(responses, HttpStatusCode.OK);
            var problem = await lost.ReadJsonAsync();
            Assert.Equal("The record has changed since you read it.", problem.GetProperty("title").GetString());
            Assert.Equal(2, problem.GetProperty("currentVersion").GetInt32());
            Assert.Single((await fixture.PublishedAsync("basel")).OfType<AssistanceRequestClosed>(), m => m.Request.Id == id);
            DisposeAll(responses);
        }
    }

    /// <summary>The one response with <paramref name="winner"/> and the other, which must be <paramref name="loser"/>.</summary>
    private static (HttpResponseMessage Won, HttpResponseMessage Lost) OneWinner(
        HttpResponseMessage[] responses, HttpStatusCode winner, HttpStatusCode loser = HttpStatusCode.Conflict)
    {
        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal(new[] { winner, loser }.Order(), statuses);
        var won = responses.First(r => r.StatusCode == winner);
        return (won, responses.First(r => r != won));
    }

    private static void DisposeAll(HttpResponseMessage[] responses)
    {
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static string NextSymbol() => $"BC-14/{Interlocked.Increment(ref _nextDecision)}";

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string text) =>
        client.PostAsync("/api/basel/decisions", new StringContent(text, Encoding.UTF8, "text/plain"));

    /// <summary>A mandate of a decision imported for this round only.</summary>
    private async Task<string> FreshMandateAsync()
    {
        var symbol = NextSymbol();
        await fixture.ImportAsync("basel", Samples.AdoptedAs(symbol));
        return $"{symbol} 8";
    }

    private async Task<Guid> RecordActivityAsync(string title)
    {
        using var basel = fixture.Team("basel");
        using var created = await basel.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity(title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Fresh Basel activities, each proposed to Rotterdam, once every proposal reached Rotterdam.</summary>
    private async Task<List<(Guid ActivityId, Guid ProposalId)>> ProposedToRotterdamAsync(int count)
    {
        await fixture.ImportAsync("rotterdam", Samples.AdoptedAs("RC-9/9"));
        using var basel = fixture.Team("basel");
        var activities = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var activityId = await RecordActivityAsync($"Joint workshop {i}");
            using var proposed = await basel.PostJsonAsync($"/api/basel/activities/{activityId}/joint-proposals", new { conventions = new[] { "rotterdam" } });
            Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
            activities.Add(activityId);
        }

        using var rotterdam = fixture.Team("rotterdam");
        var received = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await rotterdam.GetAsync("/api/rotterdam/joint-proposals?status=proposed");
                return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()
                    .ToDictionary(p => p.GetProperty("activityId").GetGuid(), p => p.GetProperty("id").GetGuid());
            },
            proposals => activities.All(proposals.ContainsKey),
            because: "every proposal to reach Rotterdam");
        return activities.Select(id => (id, received[id])).ToList();
    }

    /// <summary>Rotterdam's record of the proposal and Basel's participant agree on the one answer, applied once.</summary>
    private async Task BothSidesAgreeAsync(Guid activityId, Guid proposalId, string answer)
    {
        using var rotterdam = fixture.Team("rotterdam");
        using var stored = await rotterdam.GetAsync($"/api/rotterdam/joint-proposals/{proposalId}");
        var invited = await stored.ReadJsonAsync();
        Assert.Equal(answer, invited.GetProperty("status").GetString());
        Assert.Equal(answer == "accepted" ? [RotterdamMandate] : [], invited.GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(answer == "declined", invited.GetProperty("declineReason").ValueKind == JsonValueKind.String);

        var participant = await Eventually.ReturnsAsync(
            () => LeadParticipantAsync(activityId), p => p.GetProperty("status").GetString() != "proposed",
            because: "the answer to reach Basel");
        Assert.Equal(answer, participant.GetProperty("status").GetString());
        Assert.Equal(
            invited.GetProperty("mandates").EnumerateArray().Select(m => m.GetString()),
            participant.GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(invited.GetProperty("declineReason").ToString(), participant.GetProperty("declineReason").ToString());
        var published = await fixture.PublishedAsync("basel");
        Assert.Single(published.OfType<ActivityRevised>(), m => m.Activity.Id == activityId && m.Activity.Version == 3);
    }

    private async Task<JsonElement> LeadParticipantAsync(Guid activityId)
    {
        using var basel = fixture.Team("basel");
        using var response = await basel.GetAsync($"/api/basel/activities/{activityId}");
        return (await response.ReadJsonAsync()).GetProperty("participants").EnumerateArray()
            .Single(p => p.GetProperty("convention").GetString() == "rotterdam");
    }
}
