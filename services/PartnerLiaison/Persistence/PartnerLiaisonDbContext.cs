using PartnerLiaison.Activities;
using PartnerLiaison.Coalitions;
using PartnerLiaison.Engagements;
using PartnerLiaison.Memberships;
using PartnerLiaison.Transmissions;
using Platform.ServiceDefaults.Persistence;

namespace PartnerLiaison.Persistence;

/// <summary>The partner-liaison service's own database.</summary>
public abstract class PartnerLiaisonDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<OrganisationRevision> OrganisationRevisions => Set<OrganisationRevision>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Coalition> Coalitions => Set<Coalition>();

    public DbSet<Engagement> Engagements => Set<Engagement>();

    public DbSet<Transmission> Transmissions => Set<Transmission>();

    /// <summary>The convention services' activities, as their events told them.</summary>
    public DbSet<PartnerActivity> Activities => Set<PartnerActivity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PartnerLiaisonDbContext).Assembly);
    }
}

/// <summary>The SQLite flavour; its migrations live in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqlitePartnerLiaisonDbContext(DbContextOptions<SqlitePartnerLiaisonDbContext> options)
    : PartnerLiaisonDbContext(options);

/// <summary>The PostgreSQL flavour; its migrations live in <c>Persistence/Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlPartnerLiaisonDbContext(DbContextOptions<PostgreSqlPartnerLiaisonDbContext> options)
    : PartnerLiaisonDbContext(options);
