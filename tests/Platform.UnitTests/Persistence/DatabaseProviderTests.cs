using Platform.ServiceDefaults.Persistence;

namespace Platform.UnitTests.Persistence;

public sealed class DatabaseProviderTests
{
    [Theory]
    [InlineData("Host=db;Database=basel;Username=basel;Password=secret", DatabaseProvider.PostgreSql)]
    [InlineData("Server=db;Port=5432;Database=basel", DatabaseProvider.PostgreSql)]
    [InlineData("postgres://basel:secret@db:5432/basel", DatabaseProvider.PostgreSql)]
    [InlineData("Data Source=.data/basel.db", DatabaseProvider.Sqlite)]
    [InlineData("Data Source=/var/lib/brs/reporting.db;Cache=Shared", DatabaseProvider.Sqlite)]
    public void Connection_string_selects_the_provider(string connectionString, DatabaseProvider expected)
    {
        Assert.Equal(expected, DatabaseProviders.FromConnectionString(connectionString));
    }
}
