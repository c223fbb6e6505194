using Platform.Conventions.AssistanceRequests;
using Platform.Conventions.Decisions;
using Platform.Conventions.Partners;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Conventions.Persistence;

/// <summary>
/// A convention service's own database. The three convention services share this schema but
/// never a database: each deployable has its own.
/// </summary>
public abstract class ConventionDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Activity> Activities => Set<Activity>();

    public DbSet<ActivityPartner> ActivityPartners => Set<ActivityPartner>();

    public DbSet<ActivityMandate> ActivityMandates => Set<ActivityMandate>();

    public DbSet<ActivityTally> ActivityTallies => Set<ActivityTally>();

    public DbSet<JointProposal> JointProposals => Set<JointProposal>();

    public DbSet<ReceivedProposal> ReceivedProposals => Set<ReceivedProposal>();

    public DbSet<Decision> Decisions => Set<Decision>();

    public DbSet<Mandate> Mandates => Set<Mandate>();

    public DbSet<KnownPartner> Partners => Set<KnownPartner>();

    public DbSet<AssistanceRequest> AssistanceRequests => Set<AssistanceRequest>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConventionDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ActivityFilterRows.Write(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ActivityFilterRows.Write(this);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

/// <summary>The SQLite flavour; its migrations live in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteConventionDbContext(DbContextOptions<SqliteConventionDbContext> options)
    : ConventionDbContext(options);

/// <summary>The PostgreSQL flavour; its migrations live in <c>Persistence/Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlConventionDbContext(DbContextOptions<PostgreSqlConventionDbContext> options)
    : ConventionDbContext(options);
