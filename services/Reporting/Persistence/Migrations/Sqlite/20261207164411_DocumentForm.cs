using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Reporting.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentForm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AgendaItem",
                table: "report_runs",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AgendaItemTitle",
                table: "report_runs",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BaselDocumentNumber",
                table: "report_runs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BaselMeetingFrom",
                table: "report_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BaselMeetingTo",
                table: "report_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BaselVenue",
                table: "report_runs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RotterdamDocumentNumber",
                table: "report_runs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RotterdamMeetingFrom",
                table: "report_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RotterdamMeetingTo",
                table: "report_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RotterdamVenue",
                table: "report_runs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StockholmDocumentNumber",
                table: "report_runs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StockholmMeetingFrom",
                table: "report_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StockholmMeetingTo",
                table: "report_runs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StockholmVenue",
                table: "report_runs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AgendaItem",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "AgendaItemTitle",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "BaselDocumentNumber",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "BaselMeetingFrom",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "BaselMeetingTo",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "BaselVenue",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "RotterdamDocumentNumber",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "RotterdamMeetingFrom",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "RotterdamMeetingTo",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "RotterdamVenue",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "StockholmDocumentNumber",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "StockholmMeetingFrom",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "StockholmMeetingTo",
                table: "report_runs");

            migrationBuilder.DropColumn(
                name: "StockholmVenue",
                table: "report_runs");
        }
    }
}
