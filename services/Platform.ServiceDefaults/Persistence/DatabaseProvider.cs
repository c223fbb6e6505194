using System.Data.Common;

namespace Platform.ServiceDefaults.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class DatabaseProviders
{
    /// <summary>
    /// A connection string with a host (<c>Host=...</c>, <c>Server=...</c>) or a
    /// <c>postgres://</c> URI selects PostgreSQL; anything else is a SQLite data source.
    /// </summary>
    public static DatabaseProvider FromConnectionString(string connectionString)
    {
        if (connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
            connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.PostgreSql;
        }

        var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return parts.ContainsKey("Host") || parts.ContainsKey("Server")
            ? DatabaseProvider.PostgreSql
            : DatabaseProvider.Sqlite;
    }
}
