using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;
using Reporting.Activities;

namespace Reporting.Persistence;

/// <summary>The reporting read model, built only from the events the other services publish.</summary>
public abstract class ReportingDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<ActivityRecord> Activities => Set<ActivityRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new ActivityRecordConfiguration());
    }
}

public sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options)
    : ReportingDbContext(options);

public sealed class PostgreSqlReportingDbContext(DbContextOptions<PostgreSqlReportingDbContext> options)
    : ReportingDbContext(options);
