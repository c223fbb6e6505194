namespace Platform.IntegrationTests.Conventions;

/// <summary>Every filter of the activities list answers exactly, with its total, on SQLite (<see cref="ActivityListAnswers"/>).</summary>
public sealed class ActivityListFilterTests(ActivityListFilterTests.StoredActivities fixture) : IClassFixture<ActivityListFilterTests.StoredActivities>
{
    public static TheoryData<string, string[], int> Queries => ActivityListAnswers.Expected;

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_list_answers_the_activities_each_filter_names_with_their_total(string query, string[] titles, int totalCount)
    {
        using var reader = fixture.Reader();
        await ActivityListAnswers.AssertAsync(reader, query, titles, totalCount);
    }

    [Fact]
    public async Task An_activity_found_by_partner_carries_its_partners_and_mandates_as_stored()
    {
        using var reader = fixture.Reader();
        await ActivityListAnswers.AssertListsAreThoseStoredAsync(reader);
    }

    /// <summary>Basel with the nine activities, stored once for the class.</summary>
    public sealed class StoredActivities(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq)
    {
        protected override IReadOnlyCollection<string> Services => [PlatformServices.Basel];

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            if (IsStarted)
            {
                await ActivityListAnswers.StoreAsync(Stack);
            }
        }

        public HttpClient Reader() => Stack.Client(Stack.Tokens.For("reader", "reader"));
    }
}
