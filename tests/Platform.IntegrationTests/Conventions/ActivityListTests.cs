namespace Platform.IntegrationTests.Conventions;

/// <summary>A stack whose Basel holds <see cref="ActivityListAnswers"/>' activities, and a reader's client for it.</summary>
public interface IStoredActivities
{
    HttpClient Reader();
}

/// <summary>
/// Every filter of the activities list answers exactly, with its total
/// (<see cref="ActivityListAnswers"/>), on the database <typeparamref name="TStore"/> gives Basel.
/// </summary>
public abstract class ActivityListTests<TStore>(TStore store)
    where TStore : IStoredActivities
{
    [Theory]
    [MemberData(nameof(ActivityListAnswers.Expected), MemberType = typeof(ActivityListAnswers))]
    public async Task The_list_answers_the_activities_each_filter_names_with_their_total(string query, string[] titles, int totalCount)
    {
        using var reader = store.Reader();
        await ActivityListAnswers.AssertAsync(reader, query, titles, totalCount);
    }

    [Fact]
    public async Task An_activity_found_by_partner_carries_its_partners_and_mandates_as_stored()
    {
        using var reader = store.Reader();
        await ActivityListAnswers.AssertListsAreThoseStoredAsync(reader);
    }
}
