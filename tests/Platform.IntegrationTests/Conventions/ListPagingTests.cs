namespace Platform.IntegrationTests.Conventions;

/// <summary>
/// The lists a convention team and a report compiler page through, asked through the gateway for
/// pages at the edges of what <c>page</c> and <c>pageSize</c> can say.
/// </summary>
public sealed class ListPagingTests(ConventionsFixture fixture) : IClassFixture<ConventionsFixture>
{
    public static TheoryData<string> Lists => ["/api/basel/activities", "/api/basel/assistance-requests", "/api/reports/activities"];

    public static TheoryData<string, string, string> BadPages => new()
    {
        { "/api/basel/activities", "page=0", "page" },
        { "/api/basel/activities", "pageSize=0", "pageSize" },
        { "/api/basel/activities", "pageSize=201", "pageSize" },
        { "/api/basel/assistance-requests", "page=0", "page" },
        { "/api/basel/assistance-requests", "pageSize=0", "pageSize" },
        { "/api/basel/assistance-requests", "pageSize=201", "pageSize" },
        { "/api/reports/activities", "page=0", "page" },
        { "/api/reports/activities", "pageSize=0", "pageSize" },
        { "/api/reports/activities", "pageSize=201", "pageSize" },
        { "/api/reports", "page=0", "page" },
        { "/api/reports", "pageSize=0", "pageSize" },
        { "/api/reports", "pageSize=201", "pageSize" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_largest_page_number_is_a_page_past_the_end_and_empty(string list)
    {
        await HoldsItemsAsync();
        using var reader = fixture.Reader();

        var first = await PageAsync(reader, $"{list}?page=1");
        using var last = await reader.GetAsync($"{list}?page={int.MaxValue}");

        Assert.NotEqual(0, first.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        var page = await last.ReadJsonAsync();
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(int.MaxValue, page.GetProperty("page").GetInt32());
        Assert.Equal(first.GetProperty("totalCount").GetInt32(), page.GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(BadPages))]
    public async Task A_page_before_the_first_or_a_page_size_out_of_bounds_is_400_naming_the_field(string list, string query, string field)
    {
        using var response = await fixture.Reader().GetAsync($"{list}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new HashSet<string> { field }, (await response.ReadJsonAsync()).ErrorFields());
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    // An activity at Basel (which Reporting's read model learns from its event) and an assistance request.
    private async Task HoldsItemsAsync()
    {
        using var basel = fixture.Team("basel");
        using var activity = await basel.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity("Paged through"));
        using var request = await basel.PostJsonAsync("/api/basel/assistance-requests", new
        {
            party = "KE",
            subject = "Inventory of e-waste flows",
            receivedOn = "2020-03-04",
        });
        Assert.Equal(HttpStatusCode.Created, activity.StatusCode);
        Assert.Equal(HttpStatusCode.Created, request.StatusCode);

        var id = (await activity.ReadJsonAsync()).GetProperty("id").GetString()!;
        using var reader = fixture.Reader();
        await Eventually.TrueAsync(
            async () => (await reader.ReportedActivitiesAsync(id)).Count == 1,
            because: "Reporting's read model to hold the activity recorded at Basel");
    }
}
