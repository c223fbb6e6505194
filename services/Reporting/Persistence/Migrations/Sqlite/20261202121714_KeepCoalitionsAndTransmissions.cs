using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeepCoalitionsAndTransmissions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "coalitions",
                columns: table => new
                {
                    CoalitionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Members = table.Column<string>(type: "TEXT", nullable: false),
                    Established = table.Column<bool>(type: "INTEGER", nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Mandates = table.Column<string>(type: "TEXT", nullable: false),
                    SourceMessageId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coalitions", x => x.CoalitionId);
                });

            migrationBuilder.CreateTable(
                name: "transmissions",
                columns: table => new
                {
                    TransmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    TransmittedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CoversFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CoversTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conventions = table.Column<string>(type: "TEXT", nullable: false),
                    SdgTargets = table.Column<string>(type: "TEXT", nullable: false),
                    Documents = table.Column<string>(type: "TEXT", nullable: false),
                    Mandates = table.Column<string>(type: "TEXT", nullable: false),
                    SourceMessageId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_transmissions", x => x.TransmissionId);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coalitions");

            migrationBuilder.DropTable(
                name: "transmissions");
        }
    }
}
