using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerLiaison.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OneStandingPerBody : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_memberships_PartnerId",
                table: "memberships");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_PartnerId",
                table: "memberships",
                column: "PartnerId",
                unique: true,
                filter: "\"Status\" <> 'ended'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_memberships_PartnerId",
                table: "memberships");

            migrationBuilder.CreateIndex(
                name: "IX_memberships_PartnerId",
                table: "memberships",
                column: "PartnerId");
        }
    }
}
