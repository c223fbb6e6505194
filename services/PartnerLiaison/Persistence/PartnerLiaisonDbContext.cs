using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Persistence;

namespace PartnerLiaison.Persistence;

/// <summary>The partner-liaison service's own database.</summary>
public abstract class PartnerLiaisonDbContext(DbContextOptions options) : ServiceDbContext(options);

public sealed class SqlitePartnerLiaisonDbContext(DbContextOptions<SqlitePartnerLiaisonDbContext> options)
    : PartnerLiaisonDbContext(options);

public sealed class PostgreSqlPartnerLiaisonDbContext(DbContextOptions<PostgreSqlPartnerLiaisonDbContext> options)
    : PartnerLiaisonDbContext(options);
