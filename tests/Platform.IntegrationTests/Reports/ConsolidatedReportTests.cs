namespace Platform.IntegrationTests.Reports;

/// <summary>
/// The sample decision adopted by the three COPs, activities in each convention, and a report run
/// through the gateway that reconciles with every source before it compiles.
/// </summary>
public sealed class ConsolidatedReportTests(ReportsFixture fixture) : IClassFixture<ReportsFixture>
{
    [Fact]
    public async Task Joint_activity_is_reported_once_with_all_its_conventions_and_unaddressed_mandates_are_flagged()
    {
        await fixture.ImportSampleDecisionsAsync();
        await fixture.RegisterPartnerAsync("unep", "United Nations Environment Programme");
        var joint = await fixture.RecordAsync("basel", "Joint webinar on SDG indicator 12.4.2", "2020-11-03", "2020-11-03",
            ["BC-14/21 6(b)"], ["unep"]);
        await fixture.MakeJointAsync("basel", joint, new Dictionary<string, string>
        {
            ["rotterdam"] = "RC-9/9 6(b)",
            ["stockholm"] = "SC-9/18 6(b)",
        });
        var alone = await fixture.RecordAsync("rotterdam", "Mercury waste guidance with the Minamata secretariat", "2019-04-20", "2019-06-30",
            ["RC-9/9 9"]);
        var outside = await fixture.RecordAsync("stockholm", "Workshop held after the period", "2022-03-01", "2022-03-02",
            ["SC-9/18 10"]);

        using var reader = fixture.Reader();
        using var refused = await reader.PostJsonAsync("/api/reports", ReportsFixture.RunRequest());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var location = await fixture.StartRunAsync();
        Assert.Matches("^/api/reports/[0-9a-f-]{36}$", location);
        var run = await fixture.RunAsync(location);
        Assert.Equal("completed", run.GetProperty("state").GetString());
        Assert.All(run.GetProperty("sources").EnumerateArray(), s => Assert.Equal("answered", s.GetProperty("state").GetString()));
        Assert.Contains(location[^36..], (await (await reader.GetAsync("/api/reports")).ReadJsonAsync()).GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()));

        var report = await fixture.ReportJsonAsync(location);
        Assert.Equal("UNEP/CHW.15/INF/x\u2013UNEP/FAO/RC/COP.10/INF/y\u2013UNEP/POPS/COP.10/INF/z", report.GetProperty("symbol").GetString());
        var activities = report.GetProperty("activities").EnumerateArray().ToList();
        var jointLine = Assert.Single(activities, a => a.GetProperty("id").GetString() == joint);
        Assert.Equal(["basel", "rotterdam", "stockholm"], Strings(jointLine.GetProperty("conventions")));
        Assert.Equal(["BC-14/21 6(b)", "RC-9/9 6(b)", "SC-9/18 6(b)"], Strings(jointLine.GetProperty("mandates")));
        Assert.Equal("basel", jointLine.GetProperty("source").GetProperty("service").GetString());
        Assert.Equal(4, jointLine.GetProperty("source").GetProperty("version").GetInt32());
        var aloneLine = Assert.Single(activities, a => a.GetProperty("id").GetString() == alone);
        Assert.Empty(Strings(aloneLine.GetProperty("partners")));
        Assert.DoesNotContain(activities, a => a.GetProperty("id").GetString() == outside);

        var coverage = report.GetProperty("mandateCoverage").EnumerateArray().ToList();
        var cooperation = Coverage(coverage, "BC-14/21 6(b)");
        Assert.Equal(["BC-14/21 6(b)", "RC-9/9 6(b)", "SC-9/18 6(b)"], Strings(cooperation.GetProperty("references")));
        Assert.False(cooperation.GetProperty("flagged").GetBoolean());
        Assert.True(Coverage(coverage, "BC-14/21 11").GetProperty("flagged").GetBoolean());
        // Its only activity falls after the period.
        Assert.True(Coverage(coverage, "BC-14/21 10").GetProperty("flagged").GetBoolean());
        Assert.Single(coverage, c => Strings(c.GetProperty("references")).Contains("SC-9/18 6(b)"));

        var byPartner = report.GetProperty("activitiesByPartner").EnumerateArray()
            .Single(g => g.GetProperty("partnerId").GetString() == "unep");
        Assert.Equal("United Nations Environment Programme", byPartner.GetProperty("partnerName").GetString());
        Assert.Contains(joint, Strings(byPartner.GetProperty("activityIds")));

        using var word = await reader.GetAsync($"{location}/document?format=docx");
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await word.Content.ReadAsByteArrayAsync())[..2]);
        using var odt = await reader.GetAsync($"{location}/document?format=odt");
        Assert.Equal(HttpStatusCode.BadRequest, odt.StatusCode);
        Assert.Contains("format", (await odt.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task A_run_fetches_what_the_read_model_missed_and_records_the_repair()
    {
        await fixture.ImportSampleDecisionsAsync();
        var kept = await fixture.RecordAsync("basel", "E-waste coalition coordination meeting", "2020-06-01", "2020-06-02", ["BC-14/21 7"]);
        using var reader = fixture.Reader();
        await Eventually.TrueAsync(async () => (await reader.ReportedActivitiesAsync(kept)).Count == 1, because: "the read model to hold the activity");
        var first = await fixture.StartRunAsync();
        Assert.Equal("completed", (await fixture.RunAsync(first)).GetProperty("state").GetString());

        var lost = await fixture.RecordAsync("basel", "Regional centres webinar on mercury wastes", "2021-02-15", "2021-02-15", ["BC-14/21 9"]);
        await Eventually.TrueAsync(async () => (await reader.ReportedActivitiesAsync(lost)).Count == 1, because: "the read model to hold the activity");
        var membership = await fixture.OpenMembershipAsync("bcrc-asia-pacific", "Basel Convention Regional Centre for Asia and the Pacific");
        await Eventually.TrueAsync(async () => await ReportingDatabase.HeldVersionAsync(fixture.Stack, "membership", membership.ToString()) is not null,
            because: "the read model to hold the membership");
        await ReportingDatabase.ForgetAsync(fixture.Stack, "membership", membership.ToString());
        await ReportingDatabase.ForgetActivityAsync(fixture.Stack, Guid.Parse(lost));
        await ReportingDatabase.ForgetDecisionAsync(fixture.Stack, "RC-9/9");
        Assert.Empty(await reader.ReportedActivitiesAsync(lost));

        var second = await fixture.StartRunAsync();
        var run = await fixture.RunAsync(second);
        Assert.Equal("completed", run.GetProperty("state").GetString());
        var repair = Assert.Single(ReportsFixture.Source(run, "basel").GetProperty("repairs").EnumerateArray(),
            r => r.GetProperty("id").GetString() == lost);
        Assert.Equal("activity", repair.GetProperty("kind").GetString());
        Assert.Equal(1, repair.GetProperty("version").GetInt32());
        Assert.Contains(ReportsFixture.Source(run, "partner-liaison").GetProperty("repairs").EnumerateArray(),
            r => r.GetProperty("kind").GetString() == "membership" && r.GetProperty("id").GetString() == membership.ToString());
        Assert.Equal(1, await ReportingDatabase.HeldVersionAsync(fixture.Stack, "membership", membership.ToString()));
        Assert.Contains(ReportsFixture.Source(run, "rotterdam").GetProperty("repairs").EnumerateArray(),
            r => r.GetProperty("kind").GetString() == "decision" && r.GetProperty("id").GetString() == "RC-9/9");

        var line = Assert.Single((await fixture.ReportJsonAsync(second)).GetProperty("activities").EnumerateArray(),
            a => a.GetProperty("id").GetString() == lost);
        // It came from its source service, not from a message.
        Assert.Equal(JsonValueKind.Null, line.GetProperty("source").GetProperty("messageId").ValueKind);
        Assert.Single(await reader.ReportedActivitiesAsync(lost));
        Assert.Contains("RC-9/9 7", (await fixture.ReportJsonAsync(second)).GetProperty("mandateCoverage")
            .EnumerateArray().SelectMany(c => c.GetProperty("references").EnumerateArray()).Select(r => r.GetString()));

        var changes = await (await reader.GetAsync($"{second}/changes?since={first[^36..]}")).ReadJsonAsync();
        Assert.Contains(lost, changes.GetProperty("added").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Empty(changes.GetProperty("removed").EnumerateArray());
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static JsonElement Coverage(List<JsonElement> coverage, string reference) =>
        coverage.Single(c => Strings(c.GetProperty("references")).Contains(reference));
}
