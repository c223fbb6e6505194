using Microsoft.EntityFrameworkCore;
using Platform.ConventionKernel.Activities;
using Platform.ServiceDefaults.Persistence;

namespace Platform.ConventionKernel.Persistence;

/// <summary>
/// A convention service's own database. The three convention services share this schema but
/// never a database: each deployable has its own.
/// </summary>
public abstract class ConventionDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Activity> Activities => Set<Activity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ActivityConfiguration());
    }
}

/// <summary>The SQLite flavour; its migrations live in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteConventionDbContext(DbContextOptions<SqliteConventionDbContext> options)
    : ConventionDbContext(options);

/// <summary>The PostgreSQL flavour; its migrations live in <c>Persistence/Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlConventionDbContext(DbContextOptions<PostgreSqlConventionDbContext> options)
    : ConventionDbContext(options);
