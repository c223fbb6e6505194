using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Messaging.Outbox;

namespace Platform.ServiceDefaults.Persistence;

public static class PersistenceExtensions
{
    public const string ConnectionStringName = "database";

    /// <summary>
    /// Registers the service's database: SQLite under <c>.data/</c> by default, PostgreSQL when
    /// <c>ConnectionStrings:database</c> is a PostgreSQL connection string. Each provider has its
    /// own migrations, bound to its own context type (<typeparamref name="TSqlite"/>,
    /// <typeparamref name="TPostgres"/>), and they are applied at start before anything consumes.
    /// Call this before <c>AddServiceMessaging</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqlite, TPostgres>(this IHostApplicationBuilder builder)
        where TContext : ServiceDbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        var connectionString = ResolveConnectionString(builder);
        var provider = DatabaseProviders.FromConnectionString(connectionString);

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSaveChangesInterceptor>();
        builder.Services.AddSingleton<StoredTextGuard>();

        if (provider == DatabaseProvider.PostgreSql)
        {
            builder.Services.AddDbContext<TContext, TPostgres>((services, options) => options
                .UseNpgsql(connectionString)
                .AddInterceptors(services.GetRequiredService<OutboxSaveChangesInterceptor>(), services.GetRequiredService<StoredTextGuard>()));
        }
        else
        {
            builder.Services.AddSingleton<SqliteBusyTimeout>();
            builder.Services.AddDbContext<TContext, TSqlite>((services, options) => options
                .UseSqlite(connectionString)
                .AddInterceptors(
                    services.GetRequiredService<OutboxSaveChangesInterceptor>(), services.GetRequiredService<StoredTextGuard>(),
                    services.GetRequiredService<SqliteBusyTimeout>()));
        }

        builder.Services.AddScoped<ServiceDbContext>(services => services.GetRequiredService<TContext>());
        builder.Services.AddSingleton(new DatabaseSettings(provider));
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    private static string ResolveConnectionString(IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var file = Path.Combine(builder.Environment.ContentRootPath, ".data", $"{ServiceIdentity.Of(builder).Name}.db");
        return new SqliteConnectionStringBuilder { DataSource = file }.ToString();
    }
}

public sealed record DatabaseSettings(DatabaseProvider Provider);
