using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartnerLiaison.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboxItemOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ItemKey",
                table: "outbox_messages",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_ItemKey_Sequence",
                table: "outbox_messages",
                columns: new[] { "ItemKey", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_outbox_messages_ItemKey_Sequence",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "ItemKey",
                table: "outbox_messages");
        }
    }
}
