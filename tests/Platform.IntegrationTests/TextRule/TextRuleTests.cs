namespace Platform.IntegrationTests.TextRule;

public sealed class TextRuleFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel, PlatformServices.PartnerLiaison];

    public HttpClient Basel() => Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
}

/// <summary>
/// One rule for text on every request, through the gateway: what no document can carry is
/// refused with a 400 naming the field, a single-line field holds no bidi control or line break,
/// a required field needs a visible character, and what is stored is in normalisation form C.
/// </summary>
public sealed class TextRuleTests(TextRuleFixture fixture) : IClassFixture<TextRuleFixture>
{
    public static TheoryData<string, string> Refused => new()
    {
        { "title", "Workshop \u0007 on e-waste" },
        { "title", "Workshop\u0000" },
        { "title", "Workshop \uFFFE" },
        { "title", "Workshop \uFFFF" },
        { "title", "Workshop \u001B[31m red" },
        { "title", "Workshop \u009B31m" },
        { "title", "Workshop \u202Eetsaw-e" },
        { "title", "Workshop \u2066isolated\u2069" },
        { "title", "Workshop\non two lines" },
        { "title", "\u200B\u200D\uFEFF" },
        { "title", " \u00A0\u3000 " },
        { "title", "\u0301\u0308" },
        { "description", "Held \u0008 in Geneva" },
        { "description", "Held \uFFFF in Geneva" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Activity_text_the_rule_refuses_is_a_400_naming_the_field_and_nothing_is_stored(string field, string text)
    {
        using var basel = fixture.Basel();
        var body = field == "title" ? Activity(text) : Activity("Refused description", description: text);

        using var response = await basel.PostJsonAsync("/api/basel/activities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.ReadJsonAsync()).ErrorFields());
        Assert.DoesNotContain(text, await basel.GetStringAsync("/api/basel/activities?pageSize=200"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_escaped_unpaired_surrogate_is_a_400_naming_the_field()
    {
        using var basel = fixture.Basel();
        using var content = new StringContent(
            """{"title":"Broken \ud800 text","type":"meeting","status":"planned","start":"2020-01-01"}""",
            Encoding.UTF8, "application/json");

        using var response = await basel.PostAsync("/api/basel/activities", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(["title"], problem.ErrorFields());
        Assert.Equal("The request holds text the platform does not accept.", problem.GetProperty("title").GetString());
        Assert.Contains("unpaired surrogate", problem.GetProperty("errors").GetProperty("title")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_description_may_hold_right_to_left_marks_and_line_breaks_and_text_is_stored_in_form_c()
    {
        using var basel = fixture.Basel();
        var description = "First line\nسطر \u202Bعربي\u202C second\tline";

        using var created = await basel.PostJsonAsync("/api/basel/activities", Activity("Cafe\u0301 meeting", description: description));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var stored = await created.ReadJsonAsync();
        Assert.Equal("Caf\u00E9 meeting", stored.GetProperty("title").GetString());
        Assert.Equal(description, stored.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Every_bad_field_is_named_at_once()
    {
        using var basel = fixture.Basel();
        var body = new
        {
            title = "Bad \u202E title",
            description = "ok",
            type = "meeting",
            status = "planned",
            start = "2020-01-01",
            outputs = new[] { "fine", "two\nlines" },
            partners = new[] { "unep\u2067" },
        };

        using var response = await basel.PostJsonAsync("/api/basel/activities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["outputs[1]", "partners[0]", "title"], (await response.ReadJsonAsync()).ErrorFields().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/api/basel/activities?partner=unep%07", "partner")]
    [InlineData("/api/basel/activities?mandate=BC-14%2F21%E2%80%AE", "mandate")]
    [InlineData("/api/basel/activities?status=planned%0A", "status")]
    [InlineData("/api/partners/organisations?kind=%00", "kind")]
    public async Task A_query_value_the_rule_refuses_is_a_400_naming_the_parameter(string path, string parameter)
    {
        using var basel = fixture.Basel();

        using var response = await basel.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([parameter], (await response.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task A_query_value_longer_than_any_id_or_filter_is_a_400()
    {
        using var basel = fixture.Basel();

        using var response = await basel.GetAsync("/api/basel/activities?partner=" + new string('u', 1001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["partner"], (await response.ReadJsonAsync()).ErrorFields());
    }

    [Fact]
    public async Task A_decision_text_with_a_control_character_is_a_400_naming_its_line_and_nothing_is_stored()
    {
        using var basel = fixture.Basel();
        var text = Samples.Bc1421.Replace("*Requests* the Secretariat", "*Requests* the \u0007Secretariat", StringComparison.Ordinal);
        var line = 1 + text[..text.IndexOf('\u0007', StringComparison.Ordinal)].Count(c => c == '\n');

        using var response = await basel.PostAsync("/api/basel/decisions", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(line, problem.GetProperty("line").GetInt32());
        Assert.StartsWith($"Line {line} holds the control character U+0007", problem.GetProperty("errors").GetProperty("text")[0].GetString(), StringComparison.Ordinal);
        using var stored = await basel.GetAsync("/api/basel/decisions/BC-14/21");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task A_partner_name_of_zero_width_characters_is_refused_as_missing()
    {
        using var liaison = fixture.Stack.Client(fixture.Stack.Tokens.For("liaison", "liaison-team"));

        using var response = await liaison.PostJsonAsync("/api/partners/organisations",
            new { id = "zero-width", name = "\u200B\u2060\uFEFF", kind = "un-entity" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["name"], (await response.ReadJsonAsync()).ErrorFields());
    }

    private static object Activity(string title, string description = "Recorded by the Basel team.") => new
    {
        title,
        description,
        type = "meeting",
        status = "completed",
        start = "2020-03-01",
        end = "2020-03-02",
    };
}
