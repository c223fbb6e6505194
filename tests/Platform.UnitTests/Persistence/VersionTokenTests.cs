using Microsoft.EntityFrameworkCore;
using PartnerLiaison.Persistence;
using Platform.Conventions.Persistence;
using Reporting.Persistence;

namespace Platform.UnitTests.Persistence;

/// <summary>
/// Every stored item that carries a version, whether its owner's record or another service's
/// replica of it, saves only over the version it read: the version is the concurrency token. A
/// version that is part of a key (a revision's) names a row rather than guards one.
/// </summary>
public sealed class VersionTokenTests
{
    public static TheoryData<string> Models => [.. ModelsByName.Keys];

    private static readonly Dictionary<string, Func<DbContext>> ModelsByName = new()
    {
        ["conventions on SQLite"] = () => new SqliteConventionDbContext(Sqlite<SqliteConventionDbContext>()),
        ["conventions on PostgreSQL"] = () => new PostgreSqlConventionDbContext(PostgreSql<PostgreSqlConventionDbContext>()),
        ["partner liaison on SQLite"] = () => new SqlitePartnerLiaisonDbContext(Sqlite<SqlitePartnerLiaisonDbContext>()),
        ["partner liaison on PostgreSQL"] = () => new PostgreSqlPartnerLiaisonDbContext(PostgreSql<PostgreSqlPartnerLiaisonDbContext>()),
        ["reporting on SQLite"] = () => new SqliteReportingDbContext(Sqlite<SqliteReportingDbContext>()),
        ["reporting on PostgreSQL"] = () => new PostgreSqlReportingDbContext(PostgreSql<PostgreSqlReportingDbContext>()),
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_versioned_row_is_saved_only_over_the_version_it_was_read_at(string model)
    {
        using var db = ModelsByName[model]();

        var versions = db.Model.GetEntityTypes()
            .Select(entity => entity.FindProperty("Version"))
            .OfType<Microsoft.EntityFrameworkCore.Metadata.IProperty>()
            .Where(version => !version.IsKey())
            .ToList();

        Assert.NotEmpty(versions);
        Assert.All(versions, version => Assert.True(
            version.IsConcurrencyToken, $"{version.DeclaringType.DisplayName()}.Version is not a concurrency token"));
    }

    private static DbContextOptions<T> Sqlite<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseSqlite("Data Source=:memory:").Options;

    private static DbContextOptions<T> PostgreSql<T>() where T : DbContext =>
        new DbContextOptionsBuilder<T>().UseNpgsql("Host=localhost;Database=model_only").Options;
}
