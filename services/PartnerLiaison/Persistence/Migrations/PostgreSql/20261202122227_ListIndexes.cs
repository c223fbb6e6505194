using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerLiaison.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_transmissions_TransmittedOn",
                table: "transmissions");

            migrationBuilder.DropIndex(
                name: "IX_organisations_ParentId",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_engagements_Start",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_activities_Start",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "IX_transmissions_RecipientId_TransmittedOn_Id",
                table: "transmissions",
                columns: new[] { "RecipientId", "TransmittedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_transmissions_TransmittedOn_Id",
                table: "transmissions",
                columns: new[] { "TransmittedOn", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_organisations_Kind_Id",
                table: "organisations",
                columns: new[] { "Kind", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_organisations_ParentId_Id",
                table: "organisations",
                columns: new[] { "ParentId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_memberships_PartnerId_Id",
                table: "memberships",
                columns: new[] { "PartnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_memberships_Status_PartnerId_Id",
                table: "memberships",
                columns: new[] { "Status", "PartnerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_Kind_Start_Id",
                table: "engagements",
                columns: new[] { "Kind", "Start", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_engagements_Listed",
                table: "engagements",
                columns: new[] { "Start", "Id" },
                filter: "NOT \"Withdrawn\"");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_Start_Id",
                table: "engagements",
                columns: new[] { "Start", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_activities_Start_ActivityId",
                table: "activities",
                columns: new[] { "Start", "ActivityId" },
                filter: "NOT \"Withdrawn\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_transmissions_RecipientId_TransmittedOn_Id",
                table: "transmissions");

            migrationBuilder.DropIndex(
                name: "IX_transmissions_TransmittedOn_Id",
                table: "transmissions");

            migrationBuilder.DropIndex(
                name: "IX_organisations_Kind_Id",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_organisations_ParentId_Id",
                table: "organisations");

            migrationBuilder.DropIndex(
                name: "IX_memberships_PartnerId_Id",
                table: "memberships");

            migrationBuilder.DropIndex(
                name: "IX_memberships_Status_PartnerId_Id",
                table: "memberships");

            migrationBuilder.DropIndex(
                name: "IX_engagements_Kind_Start_Id",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_engagements_Listed",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_engagements_Start_Id",
                table: "engagements");

            migrationBuilder.DropIndex(
                name: "IX_activities_Start_ActivityId",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "IX_transmissions_TransmittedOn",
                table: "transmissions",
                column: "TransmittedOn");

            migrationBuilder.CreateIndex(
                name: "IX_organisations_ParentId",
                table: "organisations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_engagements_Start",
                table: "engagements",
                column: "Start");

            migrationBuilder.CreateIndex(
                name: "IX_activities_Start",
                table: "activities",
                column: "Start");
        }
    }
}
