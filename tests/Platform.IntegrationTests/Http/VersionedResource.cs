using Platform.IntegrationTests.Partners;

namespace Platform.IntegrationTests.Http;

/// <summary>
/// A resource that has a version, as a client meets it: how it is created (with what it needs
/// created first), how it is changed naming a version, and whether it can be withdrawn.
/// </summary>
public sealed record VersionedResource(
    string Name,
    Func<HttpConventionsFixture, HttpClient> Team,
    string CollectionPath,
    Func<HttpClient, string, Task<object>> Create,
    Func<string, string> WritePath,
    HttpMethod WriteMethod,
    Func<int?, object> Change,
    bool CanBeDeleted)
{
    private static int _created;

    /// <summary>A fresh one, at version 1: its path and the create answer.</summary>
    public async Task<(string Path, HttpResponseMessage Created)> CreateAsync(HttpConventionsFixture fixture)
    {
        using var team = Team(fixture);
        var body = await Create(team, Unique());
        var created = await team.PostJsonAsync(CollectionPath, body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (created.Headers.Location!.OriginalString, created);
    }

    public Task<HttpResponseMessage> WriteAsync(HttpClient team, string path, string? ifMatch, int? bodyVersion) =>
        team.SendJsonAsync(WriteMethod, WritePath(path), Change(bodyVersion), ifMatch);

    public override string ToString() => Name;

    /// <summary>Partner ids are lowercase words joined by dashes; digits make them unique across rows and runs.</summary>
    private static string Unique() => $"{Interlocked.Increment(ref _created)}-{Guid.NewGuid():N}"[..20];

    public static IReadOnlyDictionary<string, VersionedResource> All { get; } = new[]
    {
        new VersionedResource(
            "activity", fixture => fixture.BaselTeam(), "/api/basel/activities",
            (_, _) => Task.FromResult(ApiJson.ValidActivity("Versioned activity")),
            path => path, HttpMethod.Put,
            version => ApiJson.RevisedActivity("Versioned activity, revised", version),
            CanBeDeleted: true),
        new VersionedResource(
            "assistance-request", fixture => fixture.BaselTeam(), "/api/basel/assistance-requests",
            (_, _) => Task.FromResult<object>(new { party = "KE", subject = "Inventory of e-waste flows", receivedOn = "2020-03-04" }),
            path => path, HttpMethod.Put,
            version => new { party = "KE", subject = "Inventory of e-waste flows", receivedOn = "2020-03-04", status = "in-progress", version },
            CanBeDeleted: false),
        new VersionedResource(
            "organisation", fixture => fixture.LiaisonTeam(), "/api/partners/organisations",
            (_, unique) => Task.FromResult(PartnerRequests.Organisation($"org-{unique}")),
            path => path, HttpMethod.Put,
            version => new { name = "Basel Convention Regional Centre for Asia and the Pacific (Beijing)", acronym = "BCRC China", kind = "regional-centre", version },
            CanBeDeleted: true),
        new VersionedResource(
            "membership", fixture => fixture.LiaisonTeam(), "/api/partners/memberships",
            async (team, unique) => new { partnerId = await RegisteredAsync(team, $"body-{unique}", "other"), status = "invited", on = "2020-01-15" },
            path => $"{path}/status-changes", HttpMethod.Post,
            version => new { status = "applied", on = "2020-02-01", version },
            CanBeDeleted: false),
        new VersionedResource(
            "coalition", fixture => fixture.LiaisonTeam(), "/api/partners/coalitions",
            async (team, unique) => new { id = await RegisteredAsync(team, $"coalition-{unique}", "coalition"), members = new[] { "unep" } },
            path => path, HttpMethod.Put,
            version => new { members = new[] { "unep", "who" }, version },
            CanBeDeleted: false),
        new VersionedResource(
            "engagement", fixture => fixture.LiaisonTeam(), "/api/partners/engagements",
            (_, _) => Task.FromResult(Meeting("IOMC Inter-Organization Management Committee, 2020", version: null)),
            path => path, HttpMethod.Put,
            version => Meeting("IOMC Inter-Organization Management Committee, Geneva", version),
            CanBeDeleted: true),
        new VersionedResource(
            "transmission", fixture => fixture.LiaisonTeam(), "/api/partners/transmissions",
            (_, _) => Task.FromResult<object>(new { transmittedOn = "2020-03-31", title = "National reports for SDG indicator 12.4.2" }),
            path => path, HttpMethod.Put,
            version => new { transmittedOn = "2020-03-31", title = "National reports for SDG indicators 12.4.1 and 12.4.2", version },
            CanBeDeleted: false),
    }.ToDictionary(resource => resource.Name);

    private static object Meeting(string title, int? version) => new
    {
        kind = "meeting",
        title,
        participation = "observer",
        start = "2020-02-10",
        end = "2020-02-11",
        partners = new[] { "iomc" },
        conventions = new[] { "basel" },
        version,
    };

    private static async Task<string> RegisteredAsync(HttpClient team, string id, string kind)
    {
        using var registered = await team.PostJsonAsync("/api/partners/organisations", PartnerRequests.Organisation(id, kind: kind));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return id;
    }
}
