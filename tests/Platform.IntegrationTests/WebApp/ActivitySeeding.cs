namespace Platform.IntegrationTests.WebApp;

/// <summary>
/// What the activity and joint-proposal journeys find in place before the browser opens, put
/// there through the API as a team would: decisions imported, activities recorded and proposed.
/// The journeys share one stack, so titles and days are made unique.
/// </summary>
public sealed class ActivitySeeding(WebAppFixture fixture)
{
    public HttpClient Team(string convention) => fixture.Stack.Client(fixture.Stack.Tokens.For($"{convention}-member", $"{convention}-team"));

    /// <summary>Imports a decision text; 201 the first time, 200 when another journey imported it first.</summary>
    public async Task ImportAsync(string convention, string text)
    {
        using var team = Team(convention);
        using var import = await team.PostAsync($"/api/{convention}/decisions", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.True(import.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
            $"importing into {convention}: {(int)import.StatusCode} {await import.Content.ReadAsStringAsync()}");
    }

    /// <summary>A Basel activity recorded on <paramref name="day"/>: its id and its title, made unique.</summary>
    public async Task<(Guid Id, string Title)> RecordBaselActivityAsync(string what, DateOnly day, params string[] mandates)
    {
        using var basel = Team("basel");
        var title = Unique(what);
        using var created = await basel.PostJsonAsync("/api/basel/activities", new { title, type = "meeting", status = "planned", start = Iso(day), mandates });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return ((await created.ReadJsonAsync()).GetProperty("id").GetGuid(), title);
    }

    /// <summary>Proposes a Basel activity to <paramref name="convention"/> and waits until it has arrived there; the proposal's id.</summary>
    public async Task<Guid> ProposeAsync(Guid activity, string convention, string message)
    {
        using var basel = Team("basel");
        using var proposed = await basel.PostJsonAsync($"/api/basel/activities/{activity}/joint-proposals", new { conventions = new[] { convention }, message });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        return await ArrivedAsync(activity, convention);
    }

    /// <summary>Waits until the proposal of a Basel activity has reached <paramref name="convention"/>; its id there.</summary>
    public async Task<Guid> ArrivedAsync(Guid activity, string convention)
    {
        using var invited = Team(convention);
        var received = await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await invited.GetAsync($"/api/{convention}/joint-proposals?status=proposed&pageSize=200");
                return (await response.ReadJsonAsync()).GetProperty("items").EnumerateArray()
                    .FirstOrDefault(p => p.GetProperty("activityId").GetGuid() == activity);
            },
            proposal => proposal.ValueKind == JsonValueKind.Object,
            because: $"the proposal to reach {convention}");
        return received.GetProperty("id").GetGuid();
    }

    public static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A day no other journey is likely to use, so a list filtered to it holds this journey's activities only.</summary>
    public static DateOnly UniqueDay() => new DateOnly(2040, 1, 1).AddDays(Random.Shared.Next(0, 365 * 50));

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
