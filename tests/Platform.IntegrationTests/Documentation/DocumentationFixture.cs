using System.Net.Http.Headers;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Platform.IntegrationTests.Security;

namespace Platform.IntegrationTests.Documentation;

/// <summary>
/// Every service behind the gateway in the Production environment, since the documents and the
/// reference page must be there in production too, with a count of the API requests that reach
/// any service (to tell a request the gateway refused from one it let through).
/// </summary>
public sealed class DocumentationFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
{
    public ArrivedRequests AtAnyService { get; } = new();

    // Production, as the documents are served there; without the web application, which outside
    // Development signs users in at an OpenID Connect authority that this stack does not run.
    protected override PlatformStackOptions Customize(PlatformStackOptions options) =>
        Services.Aggregate(options with { Environment = "Production", WebApp = false }, (stack, service) => stack.Intercept(service, AtAnyService));

    public HttpClient Anonymous() => Stack.Client();

    /// <summary>What the reference page reads: a service's document as the gateway serves it, parsed as OpenAPI.</summary>
    public async Task<(OpenApiDocument Document, Uri Address)> ReadDocumentAsync(string service)
    {
        var address = new Uri(Stack.Gateway.Address, $"/openapi/{service}.json");
        using var client = Anonymous();
        using var response = await client.GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);

        var read = OpenApiDocument.Parse(await response.Content.ReadAsStringAsync(), OpenApiConstants.Json, new OpenApiReaderSettings());
        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.NotNull(read.Document);
        return (read.Document, address);
    }

    public HttpClient WithToken(string subject, string role)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Stack.Tokens.For(subject, role));
        return client;
    }
}

[CollectionDefinition(nameof(DocumentationCollection))]
public sealed class DocumentationCollection : ICollectionFixture<DocumentationFixture>;
