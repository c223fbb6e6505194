namespace Platform.IntegrationTests.Activities;

public sealed class FullPlatformFixture(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq);

/// <summary>The foundation's one flow, as a convention team and a report reader see it through the gateway.</summary>
public sealed class ActivityFlowTests(FullPlatformFixture fixture) : IClassFixture<FullPlatformFixture>
{
    private PlatformStack Stack => fixture.Stack;

    [Fact]
    public async Task Activity_posted_to_basel_through_the_gateway_appears_in_the_reporting_read_model()
    {
        var token = await DevelopmentTokenAsync("basel-member", "basel-team");
        using var client = Stack.Client(token);

        using var created = await client.PostJsonAsync("/api/basel/activities", ApiJson.ValidActivity());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var activity = await created.ReadJsonAsync();
        var id = activity.GetProperty("id").GetString()!;
        Assert.Equal($"/api/basel/activities/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("basel", activity.GetProperty("convention").GetString());
        Assert.Equal(1, activity.GetProperty("version").GetInt32());
        Assert.Equal("methodology-development", activity.GetProperty("type").GetString());

        using var stored = await client.GetAsync($"/api/basel/activities/{id}");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);

        var items = await Eventually.ReturnsAsync(
            () => client.ReportedActivitiesAsync(id),
            found => found.Count > 0,
            because: "the activity in the reporting read model");

        var item = Assert.Single(items);
        Assert.Equal("Methodology workshop on SDG indicator 12.4.2", item.GetProperty("title").GetString());
        Assert.Equal("2020-02-10", item.GetProperty("start").GetString());
        Assert.Equal("2020-02-12", item.GetProperty("end").GetString());
        Assert.Equal("completed", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Activity_with_missing_and_invalid_fields_is_refused_naming_each_field_and_nothing_is_stored()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
        var before = await StoredInBaselAsync();

        using var response = await client.PostJsonAsync("/api/basel/activities", new
        {
            description = "No title, an unknown type, no status, a month 13 and an end before the start.",
            type = "party",
            start = "2020-13-01",
            end = "2019-01-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal(new HashSet<string> { "title", "type", "status", "start" }, problem.ErrorFields());
        Assert.Equal(before, await StoredInBaselAsync());
    }

    [Fact]
    public async Task End_before_start_is_refused_on_the_end_field()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
        var before = await StoredInBaselAsync();

        using var response = await client.PostJsonAsync("/api/basel/activities", new
        {
            title = "Backwards",
            type = "meeting",
            status = "planned",
            start = "2021-05-02",
            end = "2021-05-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new HashSet<string> { "end" }, (await response.ReadJsonAsync()).ErrorFields());
        Assert.Equal(before, await StoredInBaselAsync());
    }

    [Fact]
    public async Task Body_that_is_not_json_of_the_right_shape_is_a_400_naming_the_field()
    {
        using var client = Stack.Client(Stack.Tokens.For("basel-member", "basel-team"));
        var before = await StoredInBaselAsync();

        using var wrongType = await client.PostAsync("/api/basel/activities",
            new StringContent("""{"title": 42, "type": "meeting"}""", Encoding.UTF8, "application/json"));
        using var broken = await client.PostAsync("/api/basel/activities",
            new StringContent("""{"title": "unterminated""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("title", (await wrongType.ReadJsonAsync()).ErrorFields());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(400, (await broken.ReadJsonAsync()).GetProperty("status").GetInt32());
        Assert.Equal(before, await StoredInBaselAsync());
    }

    [Fact]
    public async Task Gateway_answers_404_under_its_api_prefixes_and_the_web_application_its_not_found_page_elsewhere()
    {
        using var client = Stack.Client(Stack.Tokens.For("reader", "reader"));

        using var unknownService = await client.GetAsync("/api/minamata/activities");
        using var unknownOperations = await client.GetAsync("/ops/minamata/health");
        using var unknownDocument = await client.GetAsync("/openapi/minamata.json");
        using var unknownPage = await client.GetAsync("/minamata/treaty/activities");

        foreach (var answer in new[] { unknownService, unknownOperations, unknownDocument })
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, unknownPage.StatusCode);
        Assert.Equal("text/html", unknownPage.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await unknownPage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_service_and_the_gateway_report_ready_with_their_database_and_broker_checks()
    {
        foreach (var name in PlatformServices.All)
        {
            using var client = Stack.Client(service: name);
            using var ready = await client.GetAsync("/health/ready");
            var report = await ready.ReadJsonAsync();

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
            Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("masstransit-bus").GetProperty("status").GetString());
        }

        using var gateway = Stack.Client();
        using var live = await gateway.GetAsync("/health/live");
        using var gatewayReady = await gateway.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, gatewayReady.StatusCode);
    }

    [Fact]
    public async Task Development_token_endpoint_refuses_unknown_roles_and_a_missing_subject()
    {
        using var client = Stack.Client();

        using var response = await client.PostJsonAsync("/api/auth/dev-token", new { roles = new[] { "basel-team", "admin" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new HashSet<string> { "subject", "roles" }, (await response.ReadJsonAsync()).ErrorFields());
    }

    private async Task<string> DevelopmentTokenAsync(string subject, params string[] roles)
    {
        using var client = Stack.Client();
        using var response = await client.PostJsonAsync("/api/auth/dev-token", new { subject, roles });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.True(body.GetProperty("expires_in").GetInt32() > 0);
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>Activities in Basel's own database; an event is only ever stored with its activity.</summary>
    private async Task<int> StoredInBaselAsync()
    {
        await using var scope = Stack.Service(PlatformServices.Basel).Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConventionDbContext>().Activities.CountAsync();
    }
}
