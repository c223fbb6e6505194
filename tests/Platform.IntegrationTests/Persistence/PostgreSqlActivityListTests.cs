using Platform.IntegrationTests.Conventions;

namespace Platform.IntegrationTests.Persistence;

/// <summary>Every filter of the activities list answers exactly, with its total, on PostgreSQL (<see cref="ActivityListAnswers"/>).</summary>
public sealed class PostgreSqlActivityListTests(PostgreSqlActivityListTests.StoredActivities fixture)
    : IClassFixture<PostgreSqlActivityListTests.StoredActivities>
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

    /// <summary>Basel on PostgreSQL with the nine activities, stored once for the class.</summary>
    public sealed class StoredActivities(SharedRabbitMq rabbitMq, SharedPostgres postgres) : PostgreSqlFixture(rabbitMq, postgres)
    {
        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            if (IsStarted && Postgres.IsAvailable)
            {
                await ActivityListAnswers.StoreAsync(Stack);
            }
        }

        public HttpClient Reader()
        {
            _ = Postgres.Server; // skips (fails on CI) when no PostgreSQL can be had
            return Stack.Client(Stack.Tokens.For("reader", "reader"));
        }
    }
}
