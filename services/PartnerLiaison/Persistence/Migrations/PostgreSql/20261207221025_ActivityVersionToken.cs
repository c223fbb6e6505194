using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerLiaison.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ActivityVersionToken : Migration
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
