using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Conventions.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class FilterRowsOrdered : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_activity_partners_Partner_ActivityId",
                table: "activity_partners");

            migrationBuilder.DropIndex(
                name: "IX_activity_mandates_Mandate_ActivityId",
                table: "activity_mandates");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Start",
                table: "activity_partners",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "Withdrawn",
                table: "activity_partners",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Start",
                table: "activity_mandates",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<bool>(
                name: "Withdrawn",
                table: "activity_mandates",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // The rows take their activity's start and withdrawal, once here for the rows already stored.
            migrationBuilder.Sql("""
                UPDATE activity_partners SET
                    "Start" = (SELECT a."Start" FROM activities AS a WHERE a."Id" = activity_partners."ActivityId"),
                    "Withdrawn" = (SELECT a."Withdrawn" FROM activities AS a WHERE a."Id" = activity_partners."ActivityId");
                """);
            migrationBuilder.Sql("""
                UPDATE activity_mandates SET
                    "Start" = (SELECT a."Start" FROM activities AS a WHERE a."Id" = activity_mandates."ActivityId"),
                    "Withdrawn" = (SELECT a."Withdrawn" FROM activities AS a WHERE a."Id" = activity_mandates."ActivityId");
                """);

            // Then in every writer's transaction: a change of start or withdrawal reaches all the activity's rows.
            migrationBuilder.Sql("""
                CREATE FUNCTION activity_filter_rows_follow() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE activity_partners SET "Start" = NEW."Start", "Withdrawn" = NEW."Withdrawn" WHERE "ActivityId" = NEW."Id";
                    UPDATE activity_mandates SET "Start" = NEW."Start", "Withdrawn" = NEW."Withdrawn" WHERE "ActivityId" = NEW."Id";
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER activity_filter_rows_follow AFTER UPDATE OF "Start", "Withdrawn" ON activities
                FOR EACH ROW WHEN (OLD."Start" IS DISTINCT FROM NEW."Start" OR OLD."Withdrawn" IS DISTINCT FROM NEW."Withdrawn")
                EXECUTE FUNCTION activity_filter_rows_follow();
                """);

            migrationBuilder.CreateIndex(
                name: "IX_activity_partners_Partner_Start_ActivityId_Withdrawn",
                table: "activity_partners",
                columns: new[] { "Partner", "Start", "ActivityId", "Withdrawn" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_mandates_Mandate_Start_ActivityId_Withdrawn",
                table: "activity_mandates",
                columns: new[] { "Mandate", "Start", "ActivityId", "Withdrawn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER activity_filter_rows_follow ON activities;");
            migrationBuilder.Sql("DROP FUNCTION activity_filter_rows_follow();");

            migrationBuilder.DropIndex(
                name: "IX_activity_partners_Partner_Start_ActivityId_Withdrawn",
                table: "activity_partners");

            migrationBuilder.DropIndex(
                name: "IX_activity_mandates_Mandate_Start_ActivityId_Withdrawn",
                table: "activity_mandates");

            migrationBuilder.DropColumn(
                name: "Start",
                table: "activity_partners");

            migrationBuilder.DropColumn(
                name: "Withdrawn",
                table: "activity_partners");

            migrationBuilder.DropColumn(
                name: "Start",
                table: "activity_mandates");

            migrationBuilder.DropColumn(
                name: "Withdrawn",
                table: "activity_mandates");

            migrationBuilder.CreateIndex(
                name: "IX_activity_partners_Partner_ActivityId",
                table: "activity_partners",
                columns: new[] { "Partner", "ActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_mandates_Mandate_ActivityId",
                table: "activity_mandates",
                columns: new[] { "Mandate", "ActivityId" });
        }
    }
}
