namespace Platform.IntegrationTests.Conventions;

/// <summary>Recording, revising, withdrawing and finding activities, with partners from the directory replica.</summary>
public sealed class ActivityLifecycleTests(ConventionsFixture fixture) : IClassFixture<ConventionsFixture>
{
    [Fact]
    public async Task Revision_names_its_version_a_stale_one_is_409_and_reporting_gets_the_newest()
    {
        using var basel = fixture.Team("basel");
        using var created = await basel.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity("First title"));
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetString()!;
        var revision = new
        {
            title = "Second title",
            type = "methodology-development",
            status = "completed",
            start = "2020-02-10",
            end = "2020-02-12",
            outputs = new[] { "UNEP/CHW.15/INF/12" },
            resourceDependent = true,
        };

        using var withoutVersion = await basel.PutAsJsonAsync($"/api/basel/activities/{id}", revision, JsonSerializerOptions.Web);
        using var revised = await PutAsync(basel, $"/api/basel/activities/{id}", revision, ifMatch: "\"1\"");
        using var stale = await PutAsync(basel, $"/api/basel/activities/{id}", revision, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.BadRequest, withoutVersion.StatusCode);
        Assert.Contains("version", (await withoutVersion.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        Assert.Equal("\"2\"", revised.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());

        using var current = await basel.GetAsync($"/api/basel/activities/{id}");
        var activity = await current.ReadJsonAsync();
        Assert.Equal(2, activity.GetProperty("version").GetInt32());
        Assert.Equal("Second title", activity.GetProperty("title").GetString());
        Assert.True(activity.GetProperty("resourceDependent").GetBoolean());

        var reported = await Eventually.ReturnsAsync(
            () => basel.ReportedActivitiesAsync(id),
            found => found.Count == 1 && found[0].GetProperty("version").GetInt32() == 2,
            because: "the revision in Reporting");
        Assert.Equal("Second title", reported[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Withdrawn_activity_leaves_the_lists_and_the_read_model_and_cannot_be_revised()
    {
        using var basel = fixture.Team("basel");
        using var created = await basel.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity("To be withdrawn"));
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetString()!;
        await Eventually.TrueAsync(async () => (await basel.ReportedActivitiesAsync(id)).Count == 1, because: "the activity in Reporting");

        using var withdrawn = await basel.DeleteAsync($"/api/basel/activities/{id}?reason=Recorded%20twice");
        using var revise = await PutAsync(basel, $"/api/basel/activities/{id}", ApiJson.ValidActivity("Too late"), ifMatch: "\"2\"");
        using var unknown = await basel.DeleteAsync($"/api/basel/activities/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.True((await withdrawn.ReadJsonAsync()).GetProperty("withdrawn").GetBoolean());
        Assert.Equal(HttpStatusCode.Conflict, revise.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var list = await basel.GetAsync("/api/basel/activities?pageSize=200");
        Assert.DoesNotContain((await list.ReadJsonAsync()).GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetString() == id);
        await Eventually.TrueAsync(async () => (await basel.ReportedActivitiesAsync(id)).Count == 0, because: "the withdrawal in Reporting");
    }

    [Fact]
    public async Task Partners_come_from_the_directory_replica_and_a_retired_partner_is_refused()
    {
        var partner = $"partner-{Guid.NewGuid():N}"[..20];
        using var basel = fixture.Team("basel");
        var withPartner = new { title = "With a partner", type = "meeting", status = "planned", start = "2021-01-10", partners = new[] { partner } };

        using var beforeRegistration = await basel.PostJsonAsync("/api/basel/activities", withPartner);
        Assert.Equal(HttpStatusCode.BadRequest, beforeRegistration.StatusCode);
        Assert.Contains(partner, (await beforeRegistration.ReadJsonAsync()).GetProperty("errors").GetProperty("partners")[0].GetString());

        await fixture.PublishPartnerAsync(partner, version: 1);
        await WaitForReplicaAsync(basel, partner, retired: false);
        using var accepted = await basel.PostJsonAsync("/api/basel/activities", withPartner);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);

        using var byPartner = await basel.GetAsync($"/api/basel/activities?partner={partner}");
        Assert.Single((await byPartner.ReadJsonAsync()).GetProperty("items").EnumerateArray());

        await fixture.PublishPartnerAsync(partner, version: 2, retired: true);
        await WaitForReplicaAsync(basel, partner, retired: true);
        using var refused = await basel.PostJsonAsync("/api/basel/activities", withPartner);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("retired", (await refused.ReadJsonAsync()).GetProperty("errors").GetProperty("partners")[0].GetString());
        using var stillOne = await basel.GetAsync($"/api/basel/activities?partner={partner}");
        Assert.Single((await stillOne.ReadJsonAsync()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Lists_filter_by_period_status_and_type_and_bound_the_page_size()
    {
        using var stockholm = fixture.Team("stockholm");
        var marker = Guid.NewGuid().ToString("N")[..8];
        foreach (var (start, status, type) in new[] { ("2018-03-01", "completed", "meeting"), ("2020-05-01", "ongoing", "coordination"), ("2022-09-01", "planned", "meeting") })
        {
            using var response = await stockholm.PostJsonAsync("/api/stockholm/activities", new { title = $"{marker} {start}", type, status, start });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        async Task<List<string>> TitlesAsync(string query)
        {
            using var response = await stockholm.GetAsync($"/api/stockholm/activities?pageSize=200&{query}");
            return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()
                .Select(a => a.GetProperty("title").GetString()!).Where(t => t.StartsWith(marker, StringComparison.Ordinal)).ToList();
        }

        Assert.Equal([$"{marker} 2020-05-01"], await TitlesAsync("from=2019-05-11&to=2021-07-31"));
        Assert.Equal([$"{marker} 2018-03-01", $"{marker} 2022-09-01"], await TitlesAsync("type=meeting"));
        Assert.Equal([$"{marker} 2022-09-01"], await TitlesAsync("status=planned"));

        using var tooLarge = await stockholm.GetAsync("/api/stockholm/activities?pageSize=5000");
        using var badFilter = await stockholm.GetAsync("/api/stockholm/activities?from=last-year&status=done");
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Equal(new HashSet<string> { "from", "status" }, (await badFilter.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task Party_assistance_request_is_recorded_against_a_mandate_and_closed_with_its_outcome()
    {
        await fixture.ImportAsync("basel", Samples.Bc1421);
        using var basel = fixture.Team("basel");

        using var invalid = await basel.PostJsonAsync("/api/basel/assistance-requests", new { party = "XX", receivedOn = "2020-02-30", mandate = "BC-14/21 6(z)" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(new HashSet<string> { "party", "subject", "receivedOn" }, (await invalid.ReadJsonAsync()).ErrorFields());

        using var opened = await basel.PostJsonAsync("/api/basel/assistance-requests", new
        {
            party = "ke",
            subject = "Integrating the Basel Convention into the national development plan",
            receivedOn = "2020-03-04",
            mandate = "BC-14/21 6(c)",
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var request = await opened.ReadJsonAsync();
        Assert.Equal("KE", request.GetProperty("party").GetString());
        Assert.Equal("open", request.GetProperty("status").GetString());

        var id = request.GetProperty("id").GetString();
        using var closed = await basel.PutAsJsonAsync($"/api/basel/assistance-requests/{id}", new
        {
            party = "KE",
            subject = "Integrating the Basel Convention into the national development plan",
            receivedOn = "2020-03-04",
            status = "closed",
            closedOn = "2020-10-30",
            outcome = "Draft chapter on hazardous wastes delivered to the planning ministry.",
            mandate = "BC-14/21 6(c)",
            version = 1,
        }, JsonSerializerOptions.Web);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var after = await closed.ReadJsonAsync();
        Assert.Equal("closed", after.GetProperty("status").GetString());
        Assert.Equal(2, after.GetProperty("version").GetInt32());

        using var byMandate = await basel.GetAsync("/api/basel/assistance-requests?mandate=BC-14/21%206(c)");
        Assert.Contains((await byMandate.ReadJsonAsync()).GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == id);
    }

    private static Task WaitForReplicaAsync(HttpClient client, string partner, bool retired) =>
        Eventually.TrueAsync(
            async () =>
            {
                using var response = await client.GetAsync("/api/basel/partners?includeRetired=true&pageSize=200");
                return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()
                    .Any(p => p.GetProperty("id").GetString() == partner && p.GetProperty("retired").GetBoolean() == retired);
            },
            because: $"{partner} (retired: {retired}) in Basel's partner replica");

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, object body, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body, options: JsonSerializerOptions.Web) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }
}
