namespace Platform.IntegrationTests.Conventions;

/// <summary>Every filter of the activities list answers exactly, with its total, on SQLite.</summary>
public sealed class ActivityListFilterTests(ActivityListFilterTests.StoredActivities fixture)
    : ActivityListTests<ActivityListFilterTests.StoredActivities>(fixture), IClassFixture<ActivityListFilterTests.StoredActivities>
{
    /// <summary>Basel with the activities, stored once for the class.</summary>
    public sealed class StoredActivities(SharedRabbitMq rabbitMq) : StackFixture(rabbitMq), IStoredActivities
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
