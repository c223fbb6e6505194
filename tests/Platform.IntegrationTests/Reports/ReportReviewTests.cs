using System.Security.Cryptography;
using DocumentFormat.OpenXml.Packaging;
using Platform.Contracts.Reports;
using Reporting.Reports.Documents;

namespace Platform.IntegrationTests.Reports;

/// <summary>
/// A compiled report's review through the gateway, each step with the token of the role that
/// takes it: the compiler edits and submits, each convention's team clears or returns it, the
/// compiler issues it, and the issued documents are frozen.
/// </summary>
public abstract class ReportReviewScenarios(ReportReviewFixture fixture)
{
    private const string Introduction = "introduction";

    [Fact]
    public async Task A_report_is_edited_submitted_returned_edited_again_cleared_by_all_three_and_issued_frozen()
    {
        var run = await fixture.CompiledRunAsync();
        using var compiler = fixture.As("compiler", "report-compiler");
        using var basel = fixture.As("basel-member", "basel-team");
        using var rotterdam = fixture.As("rotterdam-member", "rotterdam-team");
        using var stockholm = fixture.As("stockholm-member", "stockholm-team");
        Assert.Equal("draft", (await ReadAsync(compiler, run)).GetProperty("review").GetString());

        // The compiler edits a section, naming the version read.
        using var opened = await compiler.GetAsync($"{run}/sections/{Introduction}");
        Assert.Equal("\"1\"", opened.Headers.ETag?.Tag);
        var generated = (await opened.ReadJsonAsync()).GetProperty("generatedText").GetString()!;
        const string firstText = "The Secretariat reports on its cooperation in the period, as the Conferences asked.";
        using (var edited = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = firstText }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
            Assert.Equal("\"2\"", edited.Headers.ETag?.Tag);
            var section = await edited.ReadJsonAsync();
            Assert.Equal(firstText, section.GetProperty("editedText").GetString());
            Assert.Equal(generated, section.GetProperty("generatedText").GetString());
            Assert.Equal("compiler", section.GetProperty("editedBy").GetString());
        }

        using (var stale = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = "Lost." }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            Assert.Equal(2, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
        }

        // Submitted, Basel clears, Rotterdam returns with a comment: back to draft, clearances void.
        await MoveAsync(compiler, $"{run}/submit", expected: "in-review");
        await ReviewAsync(basel, run, "basel", "cleared", expected: "in-review");
        var returned = await ReviewAsync(rotterdam, run, "rotterdam", "returned", expected: "draft",
            new { section = Introduction, text = "Name the meeting that asked for the report." });
        Assert.Empty(returned.GetProperty("clearedBy").EnumerateArray());

        // Edited again, submitted again, cleared by all three (Basel's repeat changes nothing), issued.
        const string secondText = "As requested by the Conferences of the Parties at their meetings in 2019, the Secretariat reports on its cooperation.";
        using (var again = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = secondText }, "\"2\""))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        await MoveAsync(compiler, $"{run}/submit", expected: "in-review");
        await ReviewAsync(basel, run, "basel", "cleared", expected: "in-review");
        await ReviewAsync(stockholm, run, "stockholm", "cleared", expected: "in-review");
        var cleared = await ReviewAsync(rotterdam, run, "rotterdam", "cleared", expected: "cleared");
        Assert.Equal(["basel", "stockholm", "rotterdam"], cleared.GetProperty("clearedBy").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(2, cleared.GetProperty("reviewRound").GetInt32());
        await ReviewAsync(basel, run, "basel", "cleared", expected: "cleared");
        using (var numbered = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/document-numbers", new { basel = 36, rotterdam = 29, stockholm = 38 }))
        {
            Assert.Equal(HttpStatusCode.OK, numbered.StatusCode);
        }

        using var issuer = fixture.Issuer();
        var started = TimeProvider.System.GetTimestamp();
        var issued = await MoveAsync(issuer, $"{run}/issue", expected: "issued");
        TestContext.Current.TestOutputHelper?.WriteLine($"issued every format in every language in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s");
        Assert.Equal("compiler", issued.GetProperty("issuedBy").GetString());

        // Frozen: every write is 409, every download the bytes stored at issue.
        using (var late = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = "Too late." }, "\"3\""))
        {
            await AssertWrongStateAsync(late, "issued");
        }

        using (var resubmitted = await compiler.PostAsync($"{run}/submit", null))
        {
            await AssertWrongStateAsync(resubmitted, "issued");
        }

        using (var reissued = await compiler.PostAsync($"{run}/issue", null))
        {
            await AssertWrongStateAsync(reissued, "issued");
        }

        using (var renumbered = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/document-numbers", new { basel = 37, rotterdam = 29, stockholm = 38 }))
        {
            await AssertWrongStateAsync(renumbered, "issued");
        }

        var first = await DownloadAsync(run, "docx");
        var second = await DownloadAsync(run, "docx");
        Assert.Equal(first.Bytes, second.Bytes);
        Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(first.Bytes))}:", first.Digest);
        using (var word = WordprocessingDocument.Open(new MemoryStream(first.Bytes), isEditable: false))
        {
            var body = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains(secondText, body);
            Assert.DoesNotContain(firstText, body);
            Assert.Contains("UNEP/CHW.15/INF/36", body);
        }

        Assert.Equal((await DownloadAsync(run, "html", "ar")).Bytes, (await DownloadAsync(run, "html", "ar")).Bytes);
        Assert.Equal((await DownloadAsync(run, "pdf", "fr")).Bytes, (await DownloadAsync(run, "pdf", "fr")).Bytes);

        // The history: every step in order, by whom, in which role, from and to, with the comment.
        var history = await HistoryAsync(compiler, run);
        Assert.Equal(
            [
                ("edited", "compiler", "report-compiler", "draft", "draft"),
                ("submitted", "compiler", "report-compiler", "draft", "in-review"),
                ("cleared", "basel-member", "basel-team", "in-review", "in-review"),
                ("returned", "rotterdam-member", "rotterdam-team", "in-review", "draft"),
                ("edited", "compiler", "report-compiler", "draft", "draft"),
                ("submitted", "compiler", "report-compiler", "draft", "in-review"),
                ("cleared", "basel-member", "basel-team", "in-review", "in-review"),
                ("cleared", "stockholm-member", "stockholm-team", "in-review", "in-review"),
                ("cleared", "rotterdam-member", "rotterdam-team", "in-review", "cleared"),
                ("issued", "compiler", "report-compiler", "cleared", "issued"),
            ],
            history.Select(step => (Text(step, "action"), Text(step, "who"), Text(step, "role"), Text(step, "from"), Text(step, "to"))));
        var comment = Assert.Single(history[3].GetProperty("comments").EnumerateArray());
        Assert.Equal(Introduction, comment.GetProperty("section").GetString());
        Assert.Equal("Name the meeting that asked for the report.", comment.GetProperty("text").GetString());
        Assert.Equal(Introduction, history[0].GetProperty("section").GetString());
        Assert.Equal([0, 1, 1, 1, 1, 2, 2, 2, 2, 2], history.Select(step => step.GetProperty("round").GetInt32()));

        // ReportIssued, through the outbox, names every document with its digest.
        var published = await Eventually.ReturnsAsync(
            () => Task.FromResult(fixture.PublishedByReporting.OfType<ReportIssued>().SingleOrDefault(e => e.RunId.ToString() == run[^36..])),
            e => e is not null, because: "ReportIssued to be published");
        Assert.Equal(["UNEP/CHW.15/INF/36", "UNEP/FAO/RC/COP.10/INF/29", "UNEP/POPS/COP.10/INF/38"], published!.Symbols);
        Assert.Contains(published.Documents, d => d.Format == "docx" && d.Language == "en" && d.Sha256 == Convert.ToHexStringLower(SHA256.HashData(first.Bytes)));
        Assert.True(ReportRenderers.OnThisHost.Find("pdf") is PdfReportRenderer { IsAvailable: true }, "LibreOffice must be installed for the issue to hold PDFs (tests/run.sh installs it)");
        Assert.Equal(
            ReportRenderers.OnThisHost.All.SelectMany(renderer => ReportLanguages.Codes.Select(language => (renderer.Format, language))).Order(),
            published.Documents.Select(d => (d.Format, d.Language)).Order());

        // The next run of the same kind starts from the issued text of the sections it still has.
        var next = await fixture.StartRunAsync();
        Assert.Equal("completed", (await fixture.RunAsync(next)).GetProperty("state").GetString());
        using var carried = await compiler.GetAsync($"{next}/sections/{Introduction}");
        var carriedSection = await carried.ReadJsonAsync();
        Assert.Equal(secondText, carriedSection.GetProperty("editedText").GetString());
        Assert.Equal(run[^36..], carriedSection.GetProperty("carriedFrom").GetString());
        Assert.Equal("\"1\"", carried.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Each_role_may_make_only_its_own_moves_and_a_basel_token_cannot_clear_for_stockholm()
    {
        var run = await fixture.CompiledRunAsync();
        using var compiler = fixture.As("compiler", "report-compiler");
        using var basel = fixture.As("basel-member", "basel-team");
        using var reader = fixture.Reader();

        using (var teamEdit = await ReportReviewFixture.SendAsync(basel, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = "Ours." }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.Forbidden, teamEdit.StatusCode);
        }

        using (var teamSubmit = await basel.PostAsync($"{run}/submit", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, teamSubmit.StatusCode);
        }

        using (var readerSubmit = await reader.PostAsync($"{run}/submit", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, readerSubmit.StatusCode);
        }

        await MoveAsync(compiler, $"{run}/submit", expected: "in-review");

        using (var compilerReview = await compiler.PostJsonAsync($"{run}/reviews", new { convention = "basel", decision = "cleared" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, compilerReview.StatusCode);
        }

        // Past the gateway, which lets any convention team post a review, the service checks whose convention it is.
        using (var forStockholm = await basel.PostJsonAsync($"{run}/reviews", new { convention = "stockholm", decision = "cleared" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forStockholm.StatusCode);
            Assert.Contains("stockholm-team", (await forStockholm.ReadJsonAsync()).GetProperty("detail").GetString());
        }

        using var direct = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"), PlatformServices.Reporting);
        using (var directly = await direct.PostJsonAsync($"{run}/reviews", new { convention = "stockholm", decision = "cleared" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, directly.StatusCode);
        }

        Assert.Empty((await ReadAsync(reader, run)).GetProperty("clearedBy").EnumerateArray());
        Assert.Equal(["submitted"], (await HistoryAsync(reader, run)).Select(step => Text(step, "action")));
    }

    [Fact]
    public async Task A_move_the_review_does_not_allow_now_is_409_naming_the_moves_it_allows()
    {
        var run = await fixture.CompiledRunAsync();
        using var compiler = fixture.As("compiler", "report-compiler");
        using var basel = fixture.As("basel-member", "basel-team");

        using (var early = await basel.PostJsonAsync($"{run}/reviews", new { convention = "basel", decision = "cleared" }))
        {
            await AssertWrongStateAsync(early, "draft", "edit", "submit");
        }

        using (var unsubmitted = await compiler.PostAsync($"{run}/issue", null))
        {
            await AssertWrongStateAsync(unsubmitted, "draft", "edit", "submit");
        }

        await MoveAsync(compiler, $"{run}/submit", expected: "in-review");
        using (var twice = await compiler.PostAsync($"{run}/submit", null))
        {
            await AssertWrongStateAsync(twice, "in-review", "review");
        }

        using (var inReview = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = "Late." }, "\"1\""))
        {
            await AssertWrongStateAsync(inReview, "in-review", "review");
        }

        using (var uncleared = await compiler.PostAsync($"{run}/issue", null))
        {
            await AssertWrongStateAsync(uncleared, "in-review", "review");
        }

        await ReviewAsync(basel, run, "basel", "cleared", expected: "in-review");
        using (var changedMind = await basel.PostJsonAsync($"{run}/reviews", new { convention = "basel", decision = "returned", comments = new[] { new { text = "On reflection, no." } } }))
        {
            Assert.Equal(HttpStatusCode.Conflict, changedMind.StatusCode);
            Assert.Equal("cleared", (await changedMind.ReadJsonAsync()).GetProperty("decision").GetString());
        }

        Assert.Equal("in-review", (await ReadAsync(compiler, run)).GetProperty("review").GetString());
    }

    [Fact]
    public async Task A_bad_review_or_edit_is_400_naming_each_field_and_changes_nothing()
    {
        var run = await fixture.CompiledRunAsync();
        using var compiler = fixture.As("compiler", "report-compiler");
        using var basel = fixture.As("basel-member", "basel-team");

        using (var unversioned = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = " " }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unversioned.StatusCode);
            Assert.Equal(new HashSet<string> { "version", "text" }, (await unversioned.ReadJsonAsync()).ErrorFields());
        }

        using (var unknown = await ReportReviewFixture.SendAsync(compiler, HttpMethod.Put, $"{run}/sections/no-such-section", new { text = "Text." }, "\"1\""))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        await MoveAsync(compiler, $"{run}/submit", expected: "in-review");
        using (var bad = await basel.PostJsonAsync($"{run}/reviews", new
        {
            convention = "lyon", decision = "maybe", comments = new object?[] { new { section = "no-such-section", text = "" }, null },
        }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal(
                new HashSet<string> { "convention", "decision", "comments[0].section", "comments[0].text", "comments[1]" },
                (await bad.ReadJsonAsync()).ErrorFields());
        }

        using (var silent = await basel.PostJsonAsync($"{run}/reviews", new { convention = "basel", decision = "returned" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
            Assert.Equal(new HashSet<string> { "comments" }, (await silent.ReadJsonAsync()).ErrorFields());
        }

        Assert.Equal(["submitted"], (await HistoryAsync(compiler, run)).Select(step => Text(step, "action")));
    }

    [Fact]
    public async Task Three_clearances_at_once_all_count_and_clear_the_report()
    {
        var run = await fixture.CompiledRunAsync();
        using var compiler = fixture.As("compiler", "report-compiler");
        await MoveAsync(compiler, $"{run}/submit", expected: "in-review");
        var teams = ReportRunConventions.Select(convention => fixture.As($"{convention}-member", $"{convention}-team")).ToList();

        var answers = await AtOnce.SendAsync([.. ReportRunConventions.Zip(teams,
            (convention, team) => (Func<Task<HttpResponseMessage>>)(() => team.PostJsonAsync($"{run}/reviews", new { convention, decision = "cleared" })))]);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var stored = await ReadAsync(compiler, run);
        Assert.Equal("cleared", stored.GetProperty("review").GetString());
        Assert.Equal(ReportRunConventions.Order(), stored.GetProperty("clearedBy").EnumerateArray().Select(c => c.GetString()!).Order());
        var steps = await HistoryAsync(compiler, run);
        Assert.Equal(3, steps.Count(step => Text(step, "action") == "cleared"));
        Assert.Equal("cleared", Text(steps[^1], "to"));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }

        teams.ForEach(team => team.Dispose());
    }

    [Fact]
    public async Task Two_edits_of_one_section_on_the_same_version_at_once_store_one_and_refuse_the_other_with_the_version_that_won()
    {
        var run = await fixture.CompiledRunAsync();
        using var first = fixture.As("compiler", "report-compiler");
        using var second = fixture.As("other-compiler", "report-compiler");

        var answers = await AtOnce.SendAsync(
            () => ReportReviewFixture.SendAsync(first, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = "The first compiler's text." }, "\"1\""),
            () => ReportReviewFixture.SendAsync(second, HttpMethod.Put, $"{run}/sections/{Introduction}", new { text = "The second compiler's text." }, "\"1\""));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(answer => answer.StatusCode).Order());
        var refused = await answers.Single(answer => answer.StatusCode == HttpStatusCode.Conflict).ReadJsonAsync();
        Assert.Equal(2, refused.GetProperty("currentVersion").GetInt32());
        var won = await answers.Single(answer => answer.StatusCode == HttpStatusCode.OK).ReadJsonAsync();
        using var stored = await first.GetAsync($"{run}/sections/{Introduction}");
        Assert.Equal(won.GetProperty("editedText").GetString(), (await stored.ReadJsonAsync()).GetProperty("editedText").GetString());
        Assert.Single(await HistoryAsync(first, run));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    private static readonly string[] ReportRunConventions = ["basel", "rotterdam", "stockholm"];

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();

    private static async Task<JsonElement> ReadAsync(HttpClient client, string run)
    {
        using var response = await client.GetAsync(run);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    private static async Task<JsonElement> MoveAsync(HttpClient client, string path, string expected)
    {
        using var response = await client.PostAsync(path, null);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {path}: {(int)response.StatusCode} {body}");
        Assert.Equal(expected, body.GetProperty("review").GetString());
        return body;
    }

    private static async Task<JsonElement> ReviewAsync(HttpClient team, string run, string convention, string decision, string expected, params object[] comments)
    {
        using var response = await team.PostJsonAsync($"{run}/reviews", new { convention, decision, comments });
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{convention} {decision}: {(int)response.StatusCode} {body}");
        Assert.Equal(expected, body.GetProperty("review").GetString());
        return body;
    }

    private static async Task AssertWrongStateAsync(HttpResponseMessage response, string review, params string[] allowed)
    {
        var problem = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{(int)response.StatusCode} {problem}");
        Assert.Equal(review, problem.GetProperty("review").GetString());
        Assert.Equal(allowed, problem.GetProperty("allowedMoves").EnumerateArray().Select(move => move.GetString()!));
    }

    private async Task<(byte[] Bytes, string? Digest)> DownloadAsync(string run, string format, string language = "en")
    {
        using var reader = fixture.Reader();
        using var response = await reader.GetAsync($"{run}/document?format={format}&language={language}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(),
            response.Headers.TryGetValues("Repr-Digest", out var digest) ? digest.Single() : null);
    }

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient client, string run)
    {
        using var response = await client.GetAsync($"{run}/history?pageSize=200");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray().ToList();
    }
}

public sealed class ReportReviewTests(ReportReviewFixture fixture) : ReportReviewScenarios(fixture), IClassFixture<ReportReviewFixture>;

public sealed class ReportReviewPostgreSqlTests : ReportReviewScenarios, IClassFixture<ReportReviewPostgreSqlFixture>
{
    public ReportReviewPostgreSqlTests(ReportReviewPostgreSqlFixture fixture)
        : base(fixture)
    {
        _ = fixture.Postgres.Server; // skips (fails on CI) when no PostgreSQL can be had
    }
}
