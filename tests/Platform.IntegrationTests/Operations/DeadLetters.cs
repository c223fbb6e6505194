namespace Platform.IntegrationTests.Operations;

/// <summary>Reading Reporting's dead letters the way operations does, through the gateway.</summary>
public static class DeadLetters
{
    public const string ActivityEventsQueue = "reporting-activity-events_error";

    public static async Task<JsonElement> ListAsync(HttpClient ops)
    {
        using var response = await ops.GetAsync("/ops/reporting/dead-letters");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>The listed dead letters carrying <paramref name="messageId"/>.</summary>
    public static List<JsonElement> With(this JsonElement page, Guid messageId) =>
        page.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("messageId").GetString() == messageId.ToString())
            .ToList();

    public static Task<JsonElement> ListedAsync(HttpClient ops, Guid messageId) => Eventually.ReturnsAsync(
        () => ListAsync(ops), page => page.With(messageId).Count == 1,
        because: $"message {messageId} to be listed in Reporting's error queues", timeout: TimeSpan.FromSeconds(60));
}
