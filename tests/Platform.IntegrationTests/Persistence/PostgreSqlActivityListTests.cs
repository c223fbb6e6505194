using Platform.IntegrationTests.Conventions;

namespace Platform.IntegrationTests.Persistence;

/// <summary>Every filter of the activities list answers exactly, with its total, on PostgreSQL.</summary>
public sealed class PostgreSqlActivityListTests(PostgreSqlActivityListTests.StoredActivities fixture)
    : ActivityListTests<PostgreSqlActivityListTests.StoredActivities>(fixture), IClassFixture<PostgreSqlActivityListTests.StoredActivities>
{
    /// <summary>Basel on PostgreSQL with the activities, stored once for the class.</summary>
    public sealed class StoredActivities(SharedRabbitMq rabbitMq, SharedPostgres postgres) : PostgreSqlFixture(rabbitMq, postgres), IStoredActivities
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
