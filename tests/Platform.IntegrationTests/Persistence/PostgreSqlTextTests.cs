namespace Platform.IntegrationTests.Persistence;

/// <summary>
/// PostgreSQL refuses a string longer than its column and any NUL, where SQLite would store both:
/// the service checks both before the database sees them, so each is a 400 naming the field on
/// either provider, never a 500.
/// </summary>
public sealed class PostgreSqlTextTests(PostgreSqlFixture fixture) : IClassFixture<PostgreSqlFixture>
{
    [Fact]
    public async Task A_query_supplied_decision_title_longer_than_its_column_is_a_400_naming_title()
    {
        _ = fixture.Postgres.Server;
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        var text = "1. *Requests* the Secretariat to report to the Conference of the Parties at its next meeting.";

        using var response = await basel.PostAsync(
            $"/api/basel/decisions?symbol=BC-14/99&title={new string('t', 501)}", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["title"], (await response.ReadJsonAsync()).ErrorFields());
        using var stored = await basel.GetAsync("/api/basel/decisions/BC-14/99");
        Assert.Equal(HttpStatusCode.NotFound, stored.StatusCode);
    }

    [Fact]
    public async Task A_title_of_the_columns_length_is_stored()
    {
        _ = fixture.Postgres.Server;
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        var text = "1. *Requests* the Secretariat to report to the Conference of the Parties at its next meeting.";

        using var response = await basel.PostAsync(
            $"/api/basel/decisions?symbol=BC-14/98&title={new string('t', 500)}", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("description")]
    public async Task A_nul_in_an_activity_text_is_a_400_naming_the_field(string field)
    {
        _ = fixture.Postgres.Server;
        using var basel = fixture.Stack.Client(fixture.Stack.Tokens.For("basel-member", "basel-team"));
        var body = new Dictionary<string, object>
        {
            ["title"] = "Workshop",
            ["description"] = "Held in Geneva",
            ["type"] = "meeting",
            ["status"] = "completed",
            ["start"] = "2020-03-01",
        };
        body[field] = "Held\0 in Geneva";

        using var response = await basel.PostJsonAsync("/api/basel/activities", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.ReadJsonAsync()).ErrorFields());
    }
}
