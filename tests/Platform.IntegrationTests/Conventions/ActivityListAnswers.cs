using Platform.Conventions.Activities;

namespace Platform.IntegrationTests.Conventions;

/// <summary>
/// What <c>GET /api/basel/activities</c> answers for each filter, on whichever store Basel runs:
/// nine activities written into the store, then revised there (a partner and a mandate dropped,
/// two withdrawn, two moved to a later start, one given a partner and a mandate), so the answers
/// also show that the partner and mandate rows, their order and the total follow every change.
/// </summary>
internal static class ActivityListAnswers
{
    public static TheoryData<string, string[], int> Expected => new()
    {
        { "", ["A", "B", "C", "H", "I", "F"], 6 },
        { "includeWithdrawn=true", ["D", "A", "B", "C", "E", "G", "H", "I", "F"], 9 },
        { "partner=unep", ["A"], 1 },
        { "partner=UNEP", ["A"], 1 },
        { "partner=unep&includeWithdrawn=true", ["D", "A", "E"], 3 },
        { "partner=who", ["A", "B", "C"], 3 },
        { "partner=who&page=2&pageSize=1", ["B"], 3 },
        { "partner=unitar", [], 0 },
        { "mandate=BC-14/1", ["A"], 1 },
        { "mandate=BC-14/2", ["C"], 1 },
        { "mandate=BC-14/2&includeWithdrawn=true", ["D", "C"], 2 },
        { "status=ongoing", ["B"], 1 },
        { "status=ongoing&includeWithdrawn=true", ["B", "E"], 2 },
        { "type=meeting", ["A", "C"], 2 },
        { "type=meeting&status=completed", ["C"], 1 },
        { "from=2020-01-11&to=2020-12-31", ["A", "B"], 2 },
        { "from=2020-01-01&to=2020-01-05&includeWithdrawn=true", ["D"], 1 },
        { "partner=who&mandate=BC-14/1&from=2020-01-01", ["A"], 1 },
        { "pageSize=2", ["A", "B"], 6 },
        { "page=2&pageSize=2", ["C", "H"], 6 },
        { "page=3&pageSize=2", ["I", "F"], 6 },
        { "page=4&pageSize=2", [], 6 },

        // F moved after I, G withdrawn, I given the partner and the mandate as it moved: the rows follow.
        { "partner=ilo", ["H", "I", "F"], 3 },
        { "partner=ilo&includeWithdrawn=true", ["G", "H", "I", "F"], 4 },
        { "partner=ilo&pageSize=2", ["H", "I"], 3 },
        { "partner=ilo&page=2&pageSize=2", ["F"], 3 },
        { "partner=ilo&page=2&pageSize=2&includeWithdrawn=true", ["I", "F"], 4 },
        { "partner=ilo&page=3&pageSize=2", [], 3 },
        { "partner=fao", [], 0 },
        { "mandate=BC-15/1", ["H", "I", "F"], 3 },
        { "mandate=BC-15/1&includeWithdrawn=true", ["G", "H", "I", "F"], 4 },
        { "mandate=BC-15/1&pageSize=2", ["H", "I"], 3 },
        { "mandate=BC-15/1&page=2&pageSize=2", ["F"], 3 },
        { "mandate=BC-15/1&page=2&pageSize=2&includeWithdrawn=true", ["I", "F"], 4 },
    };

    public static async Task StoreAsync(PlatformStack stack)
    {
        await using var scope = stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConventionDbContext>();
        db.Activities.AddRange(
            Activity("A", "2020-01-10", "2020-01-12", ActivityType.Meeting, ActivityStatus.Planned, ["unep", "who"], ["BC-14/1"]),
            Activity("B", "2020-03-01", null, ActivityType.CapacityBuilding, ActivityStatus.Ongoing, ["unep"], []),
            Activity("C", "2021-05-05", "2021-06-01", ActivityType.Meeting, ActivityStatus.Completed, ["who"], ["BC-14/1", "BC-14/2"]),
            Activity("D", "2019-12-30", "2020-01-02", ActivityType.Meeting, ActivityStatus.Planned, ["unep"], ["BC-14/2"], withdrawn: true),
            Activity("E", "2022-02-02", null, ActivityType.Meeting, ActivityStatus.Ongoing, ["unep"], ["BC-14/1"]),
            Activity("F", "2030-01-10", null, ActivityType.Coordination, ActivityStatus.Planned, ["ilo"], ["BC-15/1"]),
            Activity("G", "2030-03-01", null, ActivityType.Coordination, ActivityStatus.Planned, ["ilo"], ["BC-15/1"]),
            Activity("H", "2030-05-01", null, ActivityType.Coordination, ActivityStatus.Planned, ["ilo"], ["BC-15/1"]),
            Activity("I", "2030-02-15", null, ActivityType.Coordination, ActivityStatus.Planned, ["fao"], []));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var stored = await db.Activities.ToDictionaryAsync(a => a.Title);
        stored["B"].Partners = ["who"];
        stored["C"].Mandates = [MandateReferenceText.Normalize("BC-14/2")];
        stored["E"].Withdrawn = true;
        stored["F"].Start = new DateOnly(2031, 1, 1);
        stored["G"].Withdrawn = true;
        stored["I"].Start = new DateOnly(2030, 7, 1);
        stored["I"].Partners = ["ilo"];
        stored["I"].Mandates = [MandateReferenceText.Normalize("BC-15/1")];
        await db.SaveChangesAsync();
    }

    public static async Task AssertAsync(HttpClient reader, string query, string[] titles, int totalCount)
    {
        using var response = await reader.GetAsync($"/api/basel/activities?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync();

        Assert.Equal(titles, page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()!));
        Assert.Equal(totalCount, page.GetProperty("totalCount").GetInt32());
    }

    public static async Task AssertListsAreThoseStoredAsync(HttpClient reader)
    {
        using var response = await reader.GetAsync("/api/basel/activities?partner=unep");
        var a = Assert.Single((await response.ReadJsonAsync()).GetProperty("items").EnumerateArray());
        Assert.Equal(["unep", "who"], Strings(a.GetProperty("partners")));
        Assert.Equal([MandateReferenceText.Normalize("BC-14/1")], Strings(a.GetProperty("mandates")));
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(value => value.GetString()!)];

    private static Activity Activity(
        string title, string start, string? end, ActivityType type, ActivityStatus status, List<string> partners, List<string> mandates,
        bool withdrawn = false) => new()
        {
            Id = Guid.NewGuid(),
            Convention = "basel",
            Version = 1,
            Title = title,
            Type = type,
            Status = status,
            Start = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            End = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            Partners = partners,
            Mandates = [.. mandates.Select(MandateReferenceText.Normalize)],
            Withdrawn = withdrawn,
            RecordedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
}
