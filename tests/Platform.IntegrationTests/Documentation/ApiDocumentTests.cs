using Microsoft.OpenApi;
using Platform.ServiceDefaults.ApiDocuments;

namespace Platform.IntegrationTests.Documentation;

/// <summary>Each service describes its API, and the gateway serves that description as it is.</summary>
[Collection(nameof(DocumentationCollection))]
public sealed class ApiDocumentTests(DocumentationFixture fixture)
{
    public static TheoryData<string, string, string> WritesByService => new()
    {
        { PlatformServices.Basel, "Basel convention service API", "/api/basel/activities" },
        { PlatformServices.Rotterdam, "Rotterdam convention service API", "/api/rotterdam/activities" },
        { PlatformServices.Stockholm, "Stockholm convention service API", "/api/stockholm/decisions" },
        { PlatformServices.PartnerLiaison, "Partner-liaison service API", "/api/partners/organisations" },
        { PlatformServices.Reporting, "Reporting service API", "/api/reports" },
    };

    [Theory]
    [MemberData(nameof(WritesByService))]
    public async Task Each_services_document_through_the_gateway_describes_its_calls_with_the_bearer_scheme(
        string service, string title, string writePath)
    {
        var (document, _) = await fixture.ReadDocumentAsync(service);

        Assert.Equal(title, document.Info.Title);
        var write = document.Paths[writePath].Operations![HttpMethod.Post];
        var bearer = document.Components!.SecuritySchemes!["Bearer"];
        Assert.Equal(SecuritySchemeType.Http, bearer.Type);
        Assert.Equal("bearer", bearer.Scheme);
        Assert.Contains(write.Security!, requirement => requirement.Keys.Any(scheme => scheme.Reference.Id == "Bearer"));
        Assert.Contains("application/problem+json", write.Responses!["400"].Content!.Keys);
        Assert.Contains("401", write.Responses.Keys);
        Assert.Contains("403", write.Responses.Keys);
        // The operations endpoints sit at /ops/{deployable}/** at the gateway, not at the paths the
        // document's server would send them to: they are documented for operations, not here.
        Assert.DoesNotContain(document.Paths.Keys, path => path.StartsWith("/ops", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_are_described_next_to_writes_with_their_problem_responses()
    {
        var (document, _) = await fixture.ReadDocumentAsync(PlatformServices.Basel);

        var activity = document.Paths["/api/basel/activities/{id}"].Operations!;
        Assert.Contains(HttpMethod.Get, activity.Keys);
        Assert.Contains(HttpMethod.Put, activity.Keys);
        Assert.Contains(HttpMethod.Delete, activity.Keys);
        Assert.Equal("Revise an activity", activity[HttpMethod.Put].Summary);
        Assert.Contains("application/problem+json", activity[HttpMethod.Put].Responses!["409"].Content!.Keys);
        Assert.Contains("application/problem+json", activity[HttpMethod.Get].Responses!["404"].Content!.Keys);
        Assert.Contains("Activities", activity[HttpMethod.Get].Tags!.Select(tag => tag.Name));
    }

    [Fact]
    public async Task A_call_the_document_describes_made_against_its_server_works_with_a_token_and_is_401_without()
    {
        var (document, address) = await fixture.ReadDocumentAsync(PlatformServices.Basel);
        var server = new Uri(address, document.Servers!.Single().Url);
        Assert.Equal(fixture.Stack.Gateway.Address.Authority, server.Authority);
        Assert.Contains(HttpMethod.Post, document.Paths["/api/basel/activities"].Operations!.Keys);
        var activities = new Uri(server, "api/basel/activities");

        using var team = fixture.WithToken("basel-member", "basel-team");
        using var recorded = await team.PostJsonAsync(activities.ToString(), ApiJson.ValidActivity("Tried from the API reference"));
        using var listed = await team.GetAsync(activities);
        using var anonymous = fixture.Anonymous();
        using var refusedWrite = await anonymous.PostJsonAsync(activities.ToString(), ApiJson.ValidActivity());
        using var refusedRead = await anonymous.GetAsync(activities);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedWrite.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refusedRead.StatusCode);
    }

    public static TheoryData<string> Services => new(PlatformServices.All);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Each_service_serves_its_own_document_without_a_token(string service)
    {
        using var direct = fixture.Stack.Client(service: service);

        using var response = await direct.GetAsync(ApiDocumentExtensions.DocumentPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.1", (await response.ReadJsonAsync()).GetProperty("openapi").GetString());
    }
}
