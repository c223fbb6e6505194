using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reporting.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ReportReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "ClearedBy",
                table: "report_runs",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "IssuedAt",
                table: "report_runs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuedBy",
                table: "report_runs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Review",
                table: "report_runs",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewRound",
                table: "report_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ReviewVersion",
                table: "report_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // A run compiled before reviews existed is a draft, like one compiled now.
            migrationBuilder.Sql("UPDATE report_runs SET \"Review\" = 'draft' WHERE \"ReportJson\" IS NOT NULL;");

            migrationBuilder.CreateTable(
                name: "report_issued_documents",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Format = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_issued_documents", x => new { x.RunId, x.Format, x.Language });
                    table.ForeignKey(
                        name: "FK_report_issued_documents_report_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "report_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_review_steps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Who = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    Convention = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Section = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Comments = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_review_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_review_steps_report_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "report_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_section_edits",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Section = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    EditedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CarriedFrom = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_section_edits", x => new { x.RunId, x.Section });
                    table.ForeignKey(
                        name: "FK_report_section_edits_report_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "report_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_review_steps_RunId_Id",
                table: "report_review_steps",
                columns: new[] { "RunId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_issued_documents");

            migrationBuilder.DropTable(
                name: "report_review_steps");

            migrationBuilder.DropTable(
                name: "report_section_edits");

            migrationBuilder.DropColumn(
                name: "ClearedBy",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "IssuedAt",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "IssuedBy",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "Review",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "ReviewRound",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "ReviewVersion",
                table: "report_runs");
        }
    }
}
