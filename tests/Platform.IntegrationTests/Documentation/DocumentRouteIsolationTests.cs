namespace Platform.IntegrationTests.Documentation;

/// <summary>
/// The document routes are the gateway's only anonymous routes to a service; no path or method
/// trick turns them into a way past the token check to anything else.
/// </summary>
[Collection(nameof(DocumentationCollection))]
public sealed class DocumentRouteIsolationTests(DocumentationFixture fixture)
{
    [Theory]
    [InlineData("/openapi/unknown.json")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/openapi/basel.yaml")]
    [InlineData("/openapi/basel.json/activities")]
    [InlineData("/openapi/../api/basel/activities")]
    [InlineData("/openapi/%2e%2e/api/basel/activities")]
    [InlineData("/openapi/basel.json/../../api/basel/activities")]
    [InlineData("/openapi/basel.json%2f..%2f..%2fapi%2fbasel%2factivities")]
    [InlineData("/api/basel/openapi/v1.json")]
    public async Task Anonymous_request_next_to_a_document_route_is_refused_and_reaches_no_service(string path)
    {
        using var client = fixture.Anonymous();
        var arrivedBefore = fixture.AtAnyService.Count;

        using var response = await client.GetAsync(Unnormalized(path));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
        Assert.Equal(arrivedBefore, fixture.AtAnyService.Count);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Document_route_takes_only_reads(string method)
    {
        using var client = fixture.Anonymous();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/openapi/basel.json")
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };

        using var response = await client.SendAsync(request);

        Assert.True(
            response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed,
            $"{method}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Document_route_takes_no_request_body()
    {
        using var client = fixture.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/openapi/basel.json")
        {
            Content = new StringContent(new string('x', 64 * 1024), System.Text.Encoding.UTF8, "text/plain"),
        };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>The path exactly as written: HttpClient would otherwise resolve the dot segments itself.</summary>
    private Uri Unnormalized(string path) => new(
        fixture.Stack.Gateway.Address.GetLeftPart(UriPartial.Authority) + path,
        new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
}
