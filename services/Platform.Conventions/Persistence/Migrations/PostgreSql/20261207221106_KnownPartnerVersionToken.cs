using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Conventions.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class KnownPartnerVersionToken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
