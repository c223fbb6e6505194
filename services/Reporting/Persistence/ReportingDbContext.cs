using Reporting.ReadModel.Activities;
using Reporting.ReadModel.AssistanceRequests;
using Reporting.ReadModel.Decisions;
using Reporting.ReadModel.Partners;
using Reporting.Reports.Reviews;
using Reporting.Reports.Runs;

namespace Reporting.Persistence;

/// <summary>
/// The reporting read model, built only from the events the other services publish (and what a
/// report run fetches from them when an event went missing), and the report runs.
/// </summary>
public abstract class ReportingDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<ActivityRecord> Activities => Set<ActivityRecord>();

    public DbSet<ActivityIntake> ActivityIntakes => Set<ActivityIntake>();

    public DbSet<DecisionRecord> Decisions => Set<DecisionRecord>();

    public DbSet<MandateRecord> Mandates => Set<MandateRecord>();

    public DbSet<SupersessionRecord> SupersededMandates => Set<SupersessionRecord>();

    public DbSet<AssistanceRecord> AssistanceRequests => Set<AssistanceRecord>();

    public DbSet<PartnerRecord> Partners => Set<PartnerRecord>();

    public DbSet<MembershipRecord> Memberships => Set<MembershipRecord>();

    public DbSet<CoalitionRecord> Coalitions => Set<CoalitionRecord>();

    public DbSet<EngagementRecord> Engagements => Set<EngagementRecord>();

    public DbSet<TransmissionRecord> Transmissions => Set<TransmissionRecord>();

    public DbSet<ReportRun> ReportRuns => Set<ReportRun>();

    public DbSet<ReportRunSource> ReportRunSources => Set<ReportRunSource>();

    public DbSet<ReviewStep> ReviewSteps => Set<ReviewStep>();

    public DbSet<ReportSectionEdit> SectionEdits => Set<ReportSectionEdit>();

    public DbSet<IssuedDocument> IssuedDocuments => Set<IssuedDocument>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
    }
}

public sealed class SqliteReportingDbContext(DbContextOptions<SqliteReportingDbContext> options)
    : ReportingDbContext(options);

public sealed class PostgreSqlReportingDbContext(DbContextOptions<PostgreSqlReportingDbContext> options)
    : ReportingDbContext(options);
