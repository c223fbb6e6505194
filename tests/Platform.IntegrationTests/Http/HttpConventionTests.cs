namespace Platform.IntegrationTests.Http;

/// <summary>
/// The platform's HTTP conventions, asked through the gateway of every versioned resource and
/// every list: the version as an <c>ETag</c>, a stale <c>If-Match</c> answered with the version
/// the store holds, a withdrawal that answers the same twice, and one list shape with one rule
/// for its pages.
/// </summary>
public abstract class HttpConventionTests(HttpConventionsFixture fixture)
{
    public static TheoryData<string> Resources => [.. VersionedResource.All.Keys];

    public static TheoryData<string> Deletable => [.. VersionedResource.All.Values.Where(r => r.CanBeDeleted).Select(r => r.Name)];

    public static TheoryData<string> Lists =>
    [
        "/api/basel/activities",
        "/api/basel/assistance-requests",
        "/api/basel/decisions",
        "/api/basel/mandates",
        "/api/basel/joint-proposals",
        "/api/basel/partners",
        "/api/partners/organisations",
        "/api/partners/organisations/iomc/history",
        "/api/partners/organisations/iomc/activities",
        "/api/partners/memberships",
        "/api/partners/coalitions",
        "/api/partners/engagements",
        "/api/partners/transmissions",
    ];

    public static TheoryData<string, string, string> BadPages
    {
        get
        {
            var rows = new TheoryData<string, string, string>();
            foreach (var list in Lists)
            {
                rows.Add(list.Data, "page=0", "page");
                rows.Add(list.Data, "pageSize=0", "pageSize");
                rows.Add(list.Data, "pageSize=201", "pageSize");
            }

            return rows;
        }
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task Create_read_and_change_each_send_the_version_as_an_etag(string name)
    {
        var resource = VersionedResource.All[name];
        var (path, created) = await resource.CreateAsync(fixture);
        using var team = resource.Team(fixture);

        using var read = await fixture.Reader().GetAsync(path);
        using var changed = await resource.WriteAsync(team, path, ifMatch: "\"1\"", bodyVersion: null);

        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        Assert.Equal(1, (await created.ReadJsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);
        Assert.Equal(2, (await changed.ReadJsonAsync()).GetProperty("version").GetInt32());
        created.Dispose();
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_change_on_a_stale_if_match_is_409_with_the_version_the_store_holds(string name)
    {
        var resource = VersionedResource.All[name];
        var (path, created) = await resource.CreateAsync(fixture);
        created.Dispose();
        using var team = resource.Team(fixture);
        using var first = await resource.WriteAsync(team, path, ifMatch: "\"1\"", bodyVersion: null);

        using var stale = await resource.WriteAsync(team, path, ifMatch: "\"1\"", bodyVersion: null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var stored = await StoredVersionAsync(path);
        Assert.Equal(2, stored);
        Assert.Equal(stored, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task An_if_match_and_a_body_version_that_disagree_are_400_naming_version(string name)
    {
        var resource = VersionedResource.All[name];
        var (path, created) = await resource.CreateAsync(fixture);
        created.Dispose();
        using var team = resource.Team(fixture);

        using var response = await resource.WriteAsync(team, path, ifMatch: "\"1\"", bodyVersion: 2);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new HashSet<string> { "version" }, (await response.ReadJsonAsync()).ErrorFields());
        Assert.Equal(1, await StoredVersionAsync(path));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task An_if_match_that_is_not_a_version_is_400_naming_if_match(string name)
    {
        var resource = VersionedResource.All[name];
        var (path, created) = await resource.CreateAsync(fixture);
        created.Dispose();
        using var team = resource.Team(fixture);

        using var signed = await resource.WriteAsync(team, path, ifMatch: "\"+1\"", bodyVersion: null);
        using var zero = await resource.WriteAsync(team, path, ifMatch: "\"0\"", bodyVersion: null);
        using var overflowing = await resource.WriteAsync(team, path, ifMatch: "\"2147483648\"", bodyVersion: null);

        foreach (var response in new[] { signed, zero, overflowing })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(new HashSet<string> { "If-Match" }, (await response.ReadJsonAsync()).ErrorFields());
        }
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task An_unknown_id_is_404_to_read_change_and_delete(string name)
    {
        var resource = VersionedResource.All[name];
        using var team = resource.Team(fixture);
        var unknown = $"{resource.CollectionPath}/{Guid.NewGuid()}";

        using var read = await team.GetAsync(unknown);
        using var changed = await resource.WriteAsync(team, unknown, ifMatch: "\"1\"", bodyVersion: null);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        if (resource.CanBeDeleted)
        {
            using var deleted = await team.DeleteAsync(unknown);
            Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Deletable))]
    public async Task Delete_twice_answers_the_withdrawn_resource_twice_and_changes_it_once(string name)
    {
        var resource = VersionedResource.All[name];
        var (path, created) = await resource.CreateAsync(fixture);
        created.Dispose();
        using var team = resource.Team(fixture);

        using var first = await team.DeleteAsync(path);
        using var second = await team.DeleteAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("\"2\"", first.Headers.ETag?.Tag);
        Assert.Equal("\"2\"", second.Headers.ETag?.Tag);
        Assert.Equal(2, (await second.ReadJsonAsync()).GetProperty("version").GetInt32());
        Assert.Equal(2, await StoredVersionAsync(path));
    }

    [Theory]
    [MemberData(nameof(Deletable))]
    public async Task Delete_on_a_stale_if_match_is_409_with_the_version_the_store_holds(string name)
    {
        var resource = VersionedResource.All[name];
        var (path, created) = await resource.CreateAsync(fixture);
        created.Dispose();
        using var team = resource.Team(fixture);
        using var changed = await resource.WriteAsync(team, path, ifMatch: "\"1\"", bodyVersion: null);

        using var stale = await Partners.PartnerRequests.SendJsonAsync(team, HttpMethod.Delete, path, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, (await stale.ReadJsonAsync()).GetProperty("currentVersion").GetInt32());
        Assert.Equal(2, await StoredVersionAsync(path));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_list_answers_its_items_with_the_page_the_page_size_and_the_total(string list)
    {
        using var response = await fixture.Reader().GetAsync($"{list}?page=1&pageSize=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync();
        Assert.Equal(["items", "page", "pageSize", "totalCount"], page.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(2, page.GetProperty("pageSize").GetInt32());
        Assert.Equal(Math.Min(2, page.GetProperty("totalCount").GetInt32()), page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(BadPages))]
    public async Task A_page_before_the_first_or_a_page_size_out_of_bounds_is_400_naming_the_field(string list, string query, string field)
    {
        using var response = await fixture.Reader().GetAsync($"{list}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new HashSet<string> { field }, (await response.ReadJsonAsync()).ErrorFields());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task The_largest_page_number_is_200_with_no_items(string list)
    {
        using var response = await fixture.Reader().GetAsync($"{list}?page={int.MaxValue}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync();
        Assert.Equal(JsonValueKind.Array, page.GetProperty("items").ValueKind);
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(int.MaxValue, page.GetProperty("page").GetInt32());
    }

    private async Task<int> StoredVersionAsync(string path)
    {
        using var read = await fixture.Reader().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return (await read.ReadJsonAsync()).GetProperty("version").GetInt32();
    }
}

/// <summary>The conventions with each service on its default SQLite database.</summary>
public sealed class SqliteHttpConventionTests(SqliteHttpConventionsFixture fixture)
    : HttpConventionTests(fixture), IClassFixture<SqliteHttpConventionsFixture>;

/// <summary>The same conventions with each service on PostgreSQL, whose timestamps, collections and errors differ from SQLite's.</summary>
public sealed class PostgreSqlHttpConventionTests(PostgreSqlHttpConventionsFixture fixture)
    : HttpConventionTests(fixture), IClassFixture<PostgreSqlHttpConventionsFixture>;
