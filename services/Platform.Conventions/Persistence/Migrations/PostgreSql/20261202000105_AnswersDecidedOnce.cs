using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Conventions.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AnswersDecidedOnce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The status of a received proposal and a mandate's supersession became concurrency
            // tokens: checked in the updates' WHERE clauses, with no change to the tables.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
