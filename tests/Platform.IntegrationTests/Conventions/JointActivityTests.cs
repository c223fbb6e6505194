namespace Platform.IntegrationTests.Conventions;

/// <summary>
/// Basel proposes a joint activity to Rotterdam and Stockholm over the broker; Rotterdam accepts
/// with its own mandate, Stockholm declines; Basel's one activity shows both answers.
/// </summary>
public sealed class JointActivityTests(ConventionsFixture fixture) : IClassFixture<ConventionsFixture>
{
    [Fact]
    public async Task Joint_activity_proposed_by_basel_shows_rotterdams_acceptance_and_stockholms_refusal()
    {
        await fixture.ImportAsync("basel", Samples.Bc1421);
        await fixture.ImportAsync("rotterdam", Samples.AdoptedAs("RC-9/9"));
        using var basel = fixture.Team("basel");
        using var rotterdam = fixture.Team("rotterdam");
        using var stockholm = fixture.Team("stockholm");

        using var created = await basel.PostJsonAsync("/api/basel/activities", new
        {
            title = "Joint webinar on SDG indicator 12.4.2",
            type = "capacity-building",
            status = "completed",
            start = "2020-11-03",
            end = "2020-11-03",
            mandates = new[] { "BC-14/21 6(b)" },
            sdgTargets = new[] { "12.4" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var activityId = (await created.ReadJsonAsync()).GetProperty("id").GetString()!;

        using var proposed = await basel.PostJsonAsync($"/api/basel/activities/{activityId}/joint-proposals",
            new { conventions = new[] { "rotterdam", "stockholm" }, message = "Shall we run it together?" });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var participants = (await proposed.ReadJsonAsync()).GetProperty("participants").EnumerateArray().ToList();
        Assert.Equal(["proposed", "proposed"], participants.Select(p => p.GetProperty("status").GetString()));

        var atRotterdam = await ProposalForAsync(rotterdam, "rotterdam", activityId);
        var atStockholm = await ProposalForAsync(stockholm, "stockholm", activityId);
        Assert.Equal("basel", atRotterdam.GetProperty("leadConvention").GetString());
        Assert.Equal("Joint webinar on SDG indicator 12.4.2", atStockholm.GetProperty("activityTitle").GetString());

        using var accepted = await rotterdam.PostJsonAsync(
            $"/api/rotterdam/joint-proposals/{atRotterdam.GetProperty("id").GetString()}/accept", new { mandates = new[] { "RC-9/9 6(b)" } });
        using var declined = await stockholm.PostJsonAsync(
            $"/api/stockholm/joint-proposals/{atStockholm.GetProperty("id").GetString()}/decline", new { reason = "No resources this biennium." });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);

        var activity = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await basel.GetAsync($"/api/basel/activities/{activityId}");
                return await response.ReadJsonAsync();
            },
            a => a.GetProperty("participants").EnumerateArray().All(p => p.GetProperty("status").GetString() != "proposed"),
            because: "both answers on Basel's activity");

        var byConvention = activity.GetProperty("participants").EnumerateArray()
            .ToDictionary(p => p.GetProperty("convention").GetString()!);
        Assert.Equal("accepted", byConvention["rotterdam"].GetProperty("status").GetString());
        Assert.Equal(["RC-9/9 6(b)"], byConvention["rotterdam"].GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("declined", byConvention["stockholm"].GetProperty("status").GetString());
        Assert.Equal("No resources this biennium.", byConvention["stockholm"].GetProperty("declineReason").GetString());
        Assert.Equal(["basel", "rotterdam"], activity.GetProperty("conventions").EnumerateArray().Select(c => c.GetString()));
        // Recorded (1), proposed (2), then one new version per answer.
        Assert.Equal(4, activity.GetProperty("version").GetInt32());

        using var list = await basel.GetAsync("/api/basel/activities?pageSize=200");
        Assert.Single((await list.ReadJsonAsync()).GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == activityId);
    }

    [Fact]
    public async Task Answers_that_cannot_be_taken_are_refused_and_change_nothing()
    {
        await fixture.ImportAsync("rotterdam", Samples.AdoptedAs("RC-9/9"));
        using var basel = fixture.Team("basel");
        using var rotterdam = fixture.Team("rotterdam");
        using var created = await basel.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity("Proposed to Rotterdam only"));
        var activityId = (await created.ReadJsonAsync()).GetProperty("id").GetString()!;

        using var toItself = await basel.PostJsonAsync($"/api/basel/activities/{activityId}/joint-proposals", new { conventions = new[] { "basel", "minamata" } });
        using var unknownActivity = await basel.PostJsonAsync($"/api/basel/activities/{Guid.NewGuid()}/joint-proposals", new { conventions = new[] { "rotterdam" } });
        using var proposed = await basel.PostJsonAsync($"/api/basel/activities/{activityId}/joint-proposals", new { conventions = new[] { "rotterdam" } });
        using var twice = await basel.PostJsonAsync($"/api/basel/activities/{activityId}/joint-proposals", new { conventions = new[] { "rotterdam" } });
        Assert.Equal(HttpStatusCode.BadRequest, toItself.StatusCode);
        Assert.Equal(new HashSet<string> { "conventions" }, (await toItself.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.NotFound, unknownActivity.StatusCode);
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var proposal = await ProposalForAsync(rotterdam, "rotterdam", activityId);
        var proposalPath = $"/api/rotterdam/joint-proposals/{proposal.GetProperty("id").GetString()}";
        using var baselAnswering = await basel.PostJsonAsync($"{proposalPath}/accept", new { mandates = new[] { "RC-9/9 6(b)" } });
        using var foreignMandate = await rotterdam.PostJsonAsync($"{proposalPath}/accept", new { mandates = new[] { "BC-14/21 6(b)" } });
        using var noReason = await rotterdam.PostJsonAsync($"{proposalPath}/decline", new { reason = " " });
        Assert.Equal(HttpStatusCode.Forbidden, baselAnswering.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreignMandate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);

        using var unchanged = await rotterdam.GetAsync(proposalPath);
        Assert.Equal("proposed", (await unchanged.ReadJsonAsync()).GetProperty("status").GetString());
        using var accepted = await rotterdam.PostJsonAsync($"{proposalPath}/accept", new { mandates = new[] { "RC-9/9 6(b)" } });
        using var again = await rotterdam.PostJsonAsync($"{proposalPath}/decline", new { reason = "Changed our mind." });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var unknown = await rotterdam.PostJsonAsync($"/api/rotterdam/joint-proposals/{Guid.NewGuid()}/decline", new { reason = "?" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<JsonElement> ProposalForAsync(HttpClient client, string convention, string activityId) =>
        await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await client.GetAsync($"/api/{convention}/joint-proposals");
                return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()
                    .FirstOrDefault(p => p.GetProperty("activityId").GetString() == activityId);
            },
            proposal => proposal.ValueKind == JsonValueKind.Object,
            because: $"the proposal to reach {convention}");
}
