namespace Platform.FaultTests.Cases;

/// <summary>Reporting's database cannot be written for a while: what arrives meanwhile waits, and none of it is lost or dead-lettered.</summary>
[Collection(FaultCollection.Name)]
public sealed class StoreFaultTests(FaultPlatform platform)
{
    [Fact]
    public async Task Reporting_database_locked_by_another_process_for_ten_seconds_during_consume_loses_nothing_and_dead_letters_nothing()
    {
        var outcome = await platform.RunCaseAsync("7 Reporting's SQLite file locked by another process for 10 s", async _ =>
        {
            await using (await platform.Stores.LockAsync(PlatformServices.Reporting))
            {
                var lockedAt = await platform.Stores.LastChangeAsync();
                await Task.Delay(TimeSpan.FromSeconds(10));
                // Nothing got into the read model while the lock was held.
                Assert.Equal(lockedAt, await platform.Stores.LastChangeAsync());
            }

            return Stopwatch.GetTimestamp();
        });

        Assert.True(outcome.Clean && outcome.Recovery is not null, outcome.ToString());
        Assert.True(outcome.DeadLettered == 0, $"{outcome}: messages were dead-lettered while the database was locked.");
    }
}
