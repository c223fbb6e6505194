#!/usr/bin/env bash
# Adds an EF Core migration for both database providers of one service.
#   tools/add-migration.sh <Basel|PartnerLiaison|Reporting> <MigrationName>
# The convention services share their schema, so Basel's migrations (in Platform.Conventions)
# serve Rotterdam and Stockholm too.
set -euo pipefail
cd "$(dirname "$0")/.."

service=${1:?service project: Basel, PartnerLiaison or Reporting}
name=${2:?migration name, e.g. AddJointProposals}

case "$service" in
  Basel|Rotterdam|Stockholm)
    project=services/Platform.Conventions; startup=services/$service; context=ConventionDbContext
    folder=Persistence/Migrations ;;
  PartnerLiaison|Reporting)
    project=services/$service; startup=services/$service; context=${service}DbContext
    folder=Persistence/Migrations ;;
  *) echo "unknown service: $service" >&2; exit 2 ;;
esac

dotnet tool restore >/dev/null
# Design time builds the service's host without running it; these settings only let it build.
design_args=(--environment Development
  --ConnectionStrings:rabbitmq=amqp://guest:guest@localhost:5672/)

dotnet ef migrations add "$name" --project "$project" --startup-project "$startup" \
  --context "Sqlite$context" --output-dir "$folder/Sqlite" \
  -- "${design_args[@]}" "--ConnectionStrings:database=Data Source=design-time.db"

dotnet ef migrations add "$name" --project "$project" --startup-project "$startup" \
  --context "PostgreSql$context" --output-dir "$folder/PostgreSql" \
  -- "${design_args[@]}" "--ConnectionStrings:database=Host=localhost;Database=design_time;Username=postgres"
