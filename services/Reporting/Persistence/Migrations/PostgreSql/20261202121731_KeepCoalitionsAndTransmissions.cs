using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Persistence.Migrations.PostgreSql
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
                    CoalitionId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Members = table.Column<List<string>>(type: "text[]", nullable: false),
                    Established = table.Column<bool>(type: "boolean", nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Mandates = table.Column<List<string>>(type: "text[]", nullable: false),
                    SourceMessageId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coalitions", x => x.CoalitionId);
                });

            migrationBuilder.CreateTable(
                name: "transmissions",
                columns: table => new
                {
                    TransmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RecipientId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TransmittedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CoversFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    CoversTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Conventions = table.Column<List<string>>(type: "text[]", nullable: false),
                    SdgTargets = table.Column<List<string>>(type: "text[]", nullable: false),
                    Documents = table.Column<List<string>>(type: "text[]", nullable: false),
                    Mandates = table.Column<List<string>>(type: "text[]", nullable: false),
                    SourceMessageId = table.Column<Guid>(type: "uuid", nullable: false)
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
