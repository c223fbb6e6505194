namespace Platform.IntegrationTests.Conventions;

/// <summary>A convention team imports its COP decisions through the gateway and gets their mandates.</summary>
public sealed class DecisionImportTests(ConventionsFixture fixture) : IClassFixture<ConventionsFixture>
{
    private static readonly string[] SampleMandates =
    [
        "BC-14/21 4", "BC-14/21 6(a)", "BC-14/21 6(b)", "BC-14/21 6(c)", "BC-14/21 6(d)", "BC-14/21 6(e)",
        "BC-14/21 7", "BC-14/21 8", "BC-14/21 9", "BC-14/21 10", "BC-14/21 11",
    ];

    [Fact]
    public async Task Importing_the_sample_yields_exactly_its_secretariat_mandates_with_conditions_and_report_back()
    {
        var decision = await fixture.ImportAsync("basel", Samples.Bc1421);

        Assert.Equal("BC-14/21", decision.GetProperty("symbol").GetString());
        Assert.Equal("International cooperation and coordination", decision.GetProperty("title").GetString());
        Assert.Equal(11, decision.GetProperty("paragraphs").GetArrayLength());
        var mandates = decision.GetProperty("mandates").EnumerateArray().ToList();
        Assert.Equal(SampleMandates, mandates.Select(m => m.GetProperty("reference").GetString()));

        Assert.NotEmpty(Mandate(mandates, "BC-14/21 6(c)").GetProperty("conditions").EnumerateArray());
        Assert.NotEmpty(Mandate(mandates, "BC-14/21 7").GetProperty("conditions").EnumerateArray());
        var reportBack = Mandate(mandates, "BC-14/21 11").GetProperty("reportBack");
        Assert.Contains("Conference of the Parties", reportBack.GetProperty("body").GetString());
        Assert.Contains("next meeting", reportBack.GetProperty("when").GetString());

        using var listed = await fixture.Reader().GetAsync("/api/basel/mandates?decision=BC-14/21");
        var listedMandates = (await listed.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(SampleMandates, listedMandates.Select(m => m.GetProperty("reference").GetString()));

        using var stored = await fixture.Reader().GetAsync("/api/basel/decisions/BC-14/21");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal("BC-14/21", (await stored.ReadJsonAsync()).GetProperty("symbol").GetString());
    }

    [Fact]
    public async Task Importing_the_same_text_again_returns_the_stored_decision_and_a_different_text_is_a_conflict()
    {
        await fixture.ImportAsync("basel", Samples.Bc1421);
        using var client = fixture.Team("basel");
        var before = await CountsAsync();

        using var again = await client.PostAsync("/api/basel/decisions", new StringContent(Samples.Bc1421, Encoding.UTF8, "text/plain"));
        var changed = Samples.Bc1421.Replace("at its next meeting", "at its sixteenth meeting", StringComparison.Ordinal);
        using var conflicting = await client.PostAsync("/api/basel/decisions", new StringContent(changed, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflicting.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Decision_of_another_convention_a_text_without_symbol_and_an_unreadable_text_are_refused()
    {
        using var client = fixture.Team("basel");
        var before = await CountsAsync();
        var withoutHeading = string.Join('\n', Samples.Bc1421.Split('\n').Where(line => !line.Contains("BC-14/21", StringComparison.Ordinal)));

        using var rotterdams = await client.PostAsync("/api/basel/decisions", new StringContent(Samples.AdoptedAs("RC-9/9"), Encoding.UTF8, "text/plain"));
        using var noSymbol = await client.PostAsync("/api/basel/decisions", new StringContent(withoutHeading, Encoding.UTF8, "text/plain"));
        using var noParagraphs = await client.PostAsync("/api/basel/decisions?symbol=BC-14/99",
            new StringContent("Some notes on the meeting.\nNothing operative here.", Encoding.UTF8, "text/plain"));
        using var json = await client.PostJsonAsync("/api/basel/decisions", new { text = "BC-14/21" });

        Assert.Equal(HttpStatusCode.BadRequest, rotterdams.StatusCode);
        Assert.Contains("symbol", (await rotterdams.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.BadRequest, noSymbol.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noParagraphs.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Text_without_heading_is_imported_with_the_symbol_and_title_from_the_query()
    {
        var body = string.Join('\n', Samples.Bc1421.Split('\n').Where(line => !line.Contains("BC-14/21", StringComparison.Ordinal)))
            .Replace("Basel Convention", "Stockholm Convention", StringComparison.Ordinal);

        var decision = await fixture.ImportAsync("stockholm", body, symbol: "SC-9/18", title: "International cooperation and coordination");

        Assert.Equal("SC-9/18", decision.GetProperty("symbol").GetString());
        Assert.Equal("International cooperation and coordination", decision.GetProperty("title").GetString());
        Assert.Contains(decision.GetProperty("mandates").EnumerateArray(), m => m.GetProperty("reference").GetString() == "SC-9/18 6(b)");
    }

    [Fact]
    public async Task Mandate_status_follows_the_activities_recorded_against_it()
    {
        await fixture.ImportAsync("basel", Samples.Bc1421);
        using var client = fixture.Team("basel");

        using var created = await client.PostJsonAsync("/api/basel/activities", new
        {
            title = "Expert meeting on e-waste statistics",
            type = "meeting",
            status = "ongoing",
            start = "2020-06-01",
            mandates = new[] { "BC-14/21 6 (e)" },
        });
        using var unknownMandate = await client.PostJsonAsync("/api/basel/activities", new
        {
            title = "Under a mandate nobody gave",
            type = "meeting",
            status = "planned",
            start = "2020-06-01",
            mandates = new[] { "BC-14/21 6(z)", "BC-14/21 6(e)" },
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["BC-14/21 6(e)"], (await created.ReadJsonAsync()).GetProperty("mandates").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, unknownMandate.StatusCode);
        var problem = await unknownMandate.ReadJsonAsync();
        Assert.Contains("6(z)", problem.GetProperty("errors").GetProperty("mandates")[0].GetString());

        using var mandates = await fixture.Reader().GetAsync("/api/basel/mandates?decision=BC-14/21&status=addressed");
        var addressed = (await mandates.ReadJsonAsync()).GetProperty("items").EnumerateArray().Select(m => m.GetProperty("reference").GetString()).ToList();
        Assert.Contains("BC-14/21 6(e)", addressed);
        Assert.DoesNotContain("BC-14/21 6(a)", addressed);
    }

    [Fact]
    public async Task Mandate_replaced_by_a_later_decision_is_superseded_once_the_same_supersession_again_is_200_and_another_409()
    {
        await fixture.ImportAsync("basel", Samples.Bc1421);
        await fixture.ImportAsync("basel", Samples.AdoptedAs("BC-15/20"));
        await fixture.ImportAsync("basel", Samples.AdoptedAs("BC-15/21"));
        using var client = fixture.Team("basel");

        using var unknownDecision = await client.PostJsonAsync("/api/basel/mandates/supersede", new { reference = "BC-14/21 8", supersededBy = "BC-16/1" });
        using var unknownMandate = await client.PostJsonAsync("/api/basel/mandates/supersede", new { reference = "BC-14/21 99", supersededBy = "BC-15/20" });
        using var superseded = await client.PostJsonAsync("/api/basel/mandates/supersede", new { reference = "BC-14/21 8", supersededBy = "BC-15/20" });
        using var again = await client.PostJsonAsync("/api/basel/mandates/supersede", new { reference = "BC-14/21 8", supersededBy = "BC-15/20" });
        using var byAnother = await client.PostJsonAsync("/api/basel/mandates/supersede", new { reference = "BC-14/21 8", supersededBy = "BC-15/21" });

        Assert.Equal(HttpStatusCode.BadRequest, unknownDecision.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownMandate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, superseded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("BC-15/20", (await again.ReadJsonAsync()).GetProperty("supersededBy").GetString());
        Assert.Equal(HttpStatusCode.Conflict, byAnother.StatusCode);
        Assert.Equal("BC-15/20", (await byAnother.ReadJsonAsync()).GetProperty("supersededBy").GetString());
        using var list = await fixture.Reader().GetAsync("/api/basel/mandates?status=superseded");
        var mandate = Assert.Single((await list.ReadJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal("BC-14/21 8", mandate.GetProperty("reference").GetString());
        Assert.Equal("BC-15/20", mandate.GetProperty("supersededBy").GetString());
    }

    [Theory]
    [InlineData("11. *Further requests*", "6. *Further requests*", 39, "paragraph 6 on line 39 repeats paragraph 6 on line 12")]
    [InlineData("(e) To continue to participate", "(d) To continue to participate", 29,
        "sub-paragraph (d) of paragraph 6 on line 29 repeats sub-paragraph (d) of paragraph 6 on line 27")]
    public async Task A_repeated_paragraph_number_or_subparagraph_letter_is_400_naming_both_lines_and_nothing_is_stored(
        string printed, string repeated, int line, string message)
    {
        var text = Samples.AdoptedAs("BC-14/90").Replace(printed, repeated, StringComparison.Ordinal);
        using var client = fixture.Team("basel");
        var before = await CountsAsync();

        using var response = await client.PostAsync("/api/basel/decisions", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("The decision text could not be read.", problem.GetProperty("title").GetString());
        Assert.Equal(new HashSet<string> { "text" }, problem.ErrorFields());
        var error = Assert.Single(problem.GetProperty("errors").GetProperty("text").EnumerateArray()).GetString();
        Assert.StartsWith($"{message} (line {line}: \"{repeated}", error, StringComparison.Ordinal);
        Assert.Equal(line, problem.GetProperty("line").GetInt32());
        Assert.Equal(text.Split('\n')[line - 1], problem.GetProperty("lineText").GetString());
        using var stored = await fixture.Reader().GetAsync("/api/basel/decisions/BC-14/90");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
        Assert.Equal(before, await CountsAsync());
    }

    private static JsonElement Mandate(List<JsonElement> mandates, string reference) =>
        mandates.Single(m => m.GetProperty("reference").GetString() == reference);

    private async Task<(int Decisions, int Mandates)> CountsAsync()
    {
        await using var scope = fixture.Stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConventionDbContext>();
        return (await db.Decisions.CountAsync(), await db.Mandates.CountAsync());
    }
}
