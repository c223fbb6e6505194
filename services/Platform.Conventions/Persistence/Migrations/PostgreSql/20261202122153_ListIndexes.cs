using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Conventions.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assistance_requests_Party",
                table: "assistance_requests");

            migrationBuilder.DropIndex(
                name: "IX_activities_Start",
                table: "activities");

            migrationBuilder.CreateTable(
                name: "activity_mandates",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mandate = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_mandates", x => new { x.ActivityId, x.Mandate });
                    table.ForeignKey(
                        name: "FK_activity_mandates_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_partners",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Partner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_partners", x => new { x.ActivityId, x.Partner });
                    table.ForeignKey(
                        name: "FK_activity_partners_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "activity_tallies",
                columns: table => new
                {
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activity_tallies", x => x.Withdrawn);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_Mandate_ReceivedOn_Id",
                table: "assistance_requests",
                columns: new[] { "Mandate", "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_Party_ReceivedOn_Id",
                table: "assistance_requests",
                columns: new[] { "Party", "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_ReceivedOn_Id",
                table: "assistance_requests",
                columns: new[] { "ReceivedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_Listed",
                table: "activities",
                columns: new[] { "Start", "Id" },
                filter: "NOT \"Withdrawn\"");

            migrationBuilder.CreateIndex(
                name: "IX_activities_Listed_Status",
                table: "activities",
                columns: new[] { "Status", "Start", "Id" },
                filter: "NOT \"Withdrawn\"");

            migrationBuilder.CreateIndex(
                name: "IX_activities_Listed_Type",
                table: "activities",
                columns: new[] { "Type", "Start", "Id" },
                filter: "NOT \"Withdrawn\"");

            migrationBuilder.CreateIndex(
                name: "IX_activities_Start_Id",
                table: "activities",
                columns: new[] { "Start", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_mandates_Mandate_ActivityId",
                table: "activity_mandates",
                columns: new[] { "Mandate", "ActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_activity_partners_Partner_ActivityId",
                table: "activity_partners",
                columns: new[] { "Partner", "ActivityId" });

            // The rows the list filters through, from the lists every activity already holds.
            migrationBuilder.Sql("""
                INSERT INTO activity_partners ("ActivityId", "Partner")
                SELECT DISTINCT a."Id", p FROM activities AS a CROSS JOIN LATERAL unnest(a."Partners") AS p;
                """);
            migrationBuilder.Sql("""
                INSERT INTO activity_mandates ("ActivityId", "Mandate")
                SELECT DISTINCT a."Id", m FROM activities AS a CROSS JOIN LATERAL unnest(a."Mandates") AS m;
                """);

            // The unfiltered list's totals: counted once here, then kept by triggers in every writer's transaction.
            migrationBuilder.Sql("""
                INSERT INTO activity_tallies ("Withdrawn", "Count")
                SELECT FALSE, COUNT(*) FROM activities WHERE NOT "Withdrawn"
                UNION ALL SELECT TRUE, COUNT(*) FROM activities WHERE "Withdrawn";
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION activity_tallies_count() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP IN ('UPDATE', 'DELETE') THEN
                        UPDATE activity_tallies SET "Count" = "Count" - 1 WHERE "Withdrawn" = OLD."Withdrawn";
                    END IF;
                    IF TG_OP IN ('UPDATE', 'INSERT') THEN
                        UPDATE activity_tallies SET "Count" = "Count" + 1 WHERE "Withdrawn" = NEW."Withdrawn";
                    END IF;
                    RETURN NULL;
                END
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER activity_tallies_insert_delete AFTER INSERT OR DELETE ON activities
                FOR EACH ROW EXECUTE FUNCTION activity_tallies_count();
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER activity_tallies_withdrawn AFTER UPDATE OF "Withdrawn" ON activities
                FOR EACH ROW WHEN (OLD."Withdrawn" IS DISTINCT FROM NEW."Withdrawn") EXECUTE FUNCTION activity_tallies_count();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER activity_tallies_insert_delete ON activities;");
            migrationBuilder.Sql("DROP TRIGGER activity_tallies_withdrawn ON activities;");
            migrationBuilder.Sql("DROP FUNCTION activity_tallies_count();");

            migrationBuilder.DropTable(
                name: "activity_mandates");

            migrationBuilder.DropTable(
                name: "activity_partners");

            migrationBuilder.DropTable(
                name: "activity_tallies");

            migrationBuilder.DropIndex(
                name: "IX_assistance_requests_Mandate_ReceivedOn_Id",
                table: "assistance_requests");

            migrationBuilder.DropIndex(
                name: "IX_assistance_requests_Party_ReceivedOn_Id",
                table: "assistance_requests");

            migrationBuilder.DropIndex(
                name: "IX_assistance_requests_ReceivedOn_Id",
                table: "assistance_requests");

            migrationBuilder.DropIndex(
                name: "IX_activities_Listed",
                table: "activities");

            migrationBuilder.DropIndex(
                name: "IX_activities_Listed_Status",
                table: "activities");

            migrationBuilder.DropIndex(
                name: "IX_activities_Listed_Type",
                table: "activities");

            migrationBuilder.DropIndex(
                name: "IX_activities_Start_Id",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_requests_Party",
                table: "assistance_requests",
                column: "Party");

            migrationBuilder.CreateIndex(
                name: "IX_activities_Start",
                table: "activities",
                column: "Start");
        }
    }
}
