using PartnerLiaison.Activities;
using PartnerLiaison.Persistence;
using Platform.Contracts.Activities;
using Platform.Contracts.Partners;
using Platform.Conventions.Partners;
using Platform.Conventions.Persistence;
using Reporting.ReadModel.Activities;

namespace Platform.IntegrationTests.Persistence;

/// <summary>
/// Two versions of one item taken in at once, as concurrent consumers (or a consumer and a report
/// run's repair) do: both read the version held, the newer saves first, the older's save must not
/// overwrite it. It fails as a concurrency conflict, and read again (as the consumer's retry
/// reads) it changes nothing. On each service's own migrated database, SQLite and PostgreSQL.
/// </summary>
public sealed class NewerVersionRaceTests(SharedPostgres postgres)
{
    public static TheoryData<string> Providers => ["sqlite", "postgresql"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reporting_keeps_the_newer_of_two_activity_versions_saved_together(string provider)
    {
        var id = Guid.NewGuid();
        var open = await MigratedAsync<ReportingDbContext>(provider,
            sqlite => new SqliteReportingDbContext(new DbContextOptionsBuilder<SqliteReportingDbContext>().UseSqlite(sqlite).Options),
            npgsql => new PostgreSqlReportingDbContext(new DbContextOptionsBuilder<PostgreSqlReportingDbContext>().UseNpgsql(npgsql).Options));

        await AssertTheOlderLosesAsync(open,
            (db, version) => ActivityRecords.ApplyAsync(db, Activity(id, version), Guid.NewGuid(), DateTime.UtcNow, CancellationToken.None),
            db => db.Activities.Where(a => a.ActivityId == id).Select(a => a.Version).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Partner_liaison_keeps_the_newer_of_two_activity_versions_saved_together(string provider)
    {
        var id = Guid.NewGuid();
        var open = await MigratedAsync<PartnerLiaisonDbContext>(provider,
            sqlite => new SqlitePartnerLiaisonDbContext(new DbContextOptionsBuilder<SqlitePartnerLiaisonDbContext>().UseSqlite(sqlite).Options),
            npgsql => new PostgreSqlPartnerLiaisonDbContext(new DbContextOptionsBuilder<PostgreSqlPartnerLiaisonDbContext>().UseNpgsql(npgsql).Options));

        await AssertTheOlderLosesAsync(open,
            (db, version) => PartnerActivities.ApplyAsync(db, Activity(id, version), Guid.NewGuid(), CancellationToken.None),
            db => db.Activities.Where(a => a.ActivityId == id).Select(a => a.Version).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_convention_keeps_the_newer_of_two_partner_versions_saved_together(string provider)
    {
        var id = $"partner-{Guid.NewGuid():N}";
        var open = await MigratedAsync<ConventionDbContext>(provider,
            sqlite => new SqliteConventionDbContext(new DbContextOptionsBuilder<SqliteConventionDbContext>().UseSqlite(sqlite).Options),
            npgsql => new PostgreSqlConventionDbContext(new DbContextOptionsBuilder<PostgreSqlConventionDbContext>().UseNpgsql(npgsql).Options));

        await AssertTheOlderLosesAsync(open,
            (db, version) => KnownPartners.ApplyAsync(db, new PartnerSnapshot { Id = id, Version = version, Name = $"Partner v{version}", Kind = "other" }, CancellationToken.None),
            db => db.Partners.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
    }

    private static async Task AssertTheOlderLosesAsync<TContext>(
        Func<TContext> open, Func<TContext, int, Task<bool>> apply, Func<TContext, Task<int>> heldVersion)
        where TContext : DbContext
    {
        await using (var first = open())
        {
            Assert.True(await apply(first, 1));
            await first.SaveChangesAsync();
        }

        await using var newer = open();
        await using var older = open();
        Assert.True(await apply(newer, 3));
        Assert.True(await apply(older, 2)); // both read version 1
        await newer.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => older.SaveChangesAsync());

        await using var retried = open();
        Assert.False(await apply(retried, 2));
        Assert.Equal(3, await heldVersion(retried));
    }

    private async Task<Func<TContext>> MigratedAsync<TContext>(
        string provider, Func<string, TContext> sqlite, Func<string, TContext> npgsql)
        where TContext : DbContext
    {
        Func<TContext> open;
        if (provider == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), $"version-race-{Guid.NewGuid():N}.db");
            open = () => sqlite($"Data Source={path};Pooling=False");
        }
        else
        {
            var database = await postgres.Server.CreateDatabaseAsync(ct: TestContext.Current.CancellationToken);
            open = () => npgsql(database);
        }

        await using var db = open();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return open;
    }

    private static ActivitySnapshot Activity(Guid id, int version) => new()
    {
        Id = id, Convention = "basel", Version = version, Title = $"Workshop v{version}", Type = "meeting",
        Status = "completed", Start = new DateOnly(2020, 6, 1), RecordedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };
}
