using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_activities_Convention_Start",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "IX_activities_Listed",
                table: "activities",
                columns: new[] { "Start", "ActivityId" },
                filter: "NOT \"Withdrawn\"");

            migrationBuilder.CreateIndex(
                name: "IX_activities_Listed_Convention",
                table: "activities",
                columns: new[] { "Convention", "Start", "ActivityId" },
                filter: "NOT \"Withdrawn\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_activities_Listed",
                table: "activities");

            migrationBuilder.DropIndex(
                name: "IX_activities_Listed_Convention",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "IX_activities_Convention_Start",
                table: "activities",
                columns: new[] { "Convention", "Start" });
        }
    }
}
