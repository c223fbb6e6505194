#!/usr/bin/env bash
# Starts the whole platform on this machine: RabbitMQ, the five services, the gateway and the
# Aspire dashboard, through the AppHost in deploy/AppHost. Needs only the .NET SDK; installs
# Debian's rabbitmq-server when no Docker engine answers and it is missing, and
# libreoffice-writer-nogui, which converts reports to PDF, when soffice is missing (with
# fonts-noto-cjk, without which a Chinese report's PDF shows empty boxes).
# Ctrl+C stops everything it started.
#
# Usage: deploy/run.sh [--demo]
#   --demo  once the gateway is healthy, load the demo data set (deploy/DemoData: the 2019
#           decisions of the three COPs, about forty activities of 2019-2021, joint proposals,
#           Party assistance requests and partner-liaison records) through the public APIs.
#           Loading again into the same .data/ changes nothing.
# Other arguments are passed on to the AppHost.
set -euo pipefail

repository_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repository_root"

readonly rabbitmq_server=/usr/lib/rabbitmq/bin/rabbitmq-server
readonly gateway_url=http://localhost:5080
readonly dashboard_url=http://localhost:18888 # deploy/AppHost/Properties/launchSettings.json

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "run.sh: '$*' needs root and sudo is not installed." >&2
        exit 1
    fi
}

docker_engine_answers() {
    command -v docker >/dev/null 2>&1 && timeout 3 docker info >/dev/null 2>&1
}

install_rabbitmq_server() {
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "run.sh: RabbitMQ is missing and this is not a Debian-like system: install rabbitmq-server, or start a Docker engine." >&2
        exit 1
    fi
    echo "Installing rabbitmq-server..."
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y rabbitmq-server
    # Under systemd the package starts a system-wide broker on port 5672; the AppHost runs its own.
    if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet rabbitmq-server 2>/dev/null; then
        echo "Stopping and disabling the system-wide rabbitmq-server service (the AppHost runs its own node)."
        as_root systemctl disable --now rabbitmq-server
    fi
}

install_libreoffice() {
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "run.sh: LibreOffice (soffice) is missing; install it for PDF reports. Until then a PDF download answers 503." >&2
        return
    fi
    echo "Installing libreoffice-writer-nogui and fonts-noto-cjk (reports as PDF)..."
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk
}

if ! command -v dotnet >/dev/null 2>&1; then
    echo "run.sh: the .NET SDK is missing (see global.json for the version)." >&2
    exit 1
fi

if [ ! -x "$rabbitmq_server" ] && ! docker_engine_answers; then
    install_rabbitmq_server
fi

if ! command -v soffice >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    install_libreoffice
fi

mkdir -p .data

cat <<MESSAGE
Building in Release and starting the platform (the first build takes a few minutes)...
  Gateway:    $gateway_url
  Dashboard:  $dashboard_url  (the AppHost prints the login link with its token below)
  RabbitMQ:   amqp://localhost:5672, management UI http://localhost:15672
  Data:       $repository_root/.data
Press Ctrl+C to stop everything.
MESSAGE
for argument in "$@"; do
    if [ "$argument" = "--demo" ]; then
        echo "Demo data: loaded through the gateway once it is ready (resource demo-data in the dashboard)."
    fi
done

# Built in Release, then the AppHost's own executable runs: it starts every project from its build
# output, so no 'dotnet run' process stays alive beside the AppHost or any service. The variables
# are those of the AppHost's launch profile (deploy/AppHost/Properties/launchSettings.json), which
# only 'dotnet run' and IDEs read.
dotnet build --configuration Release deploy/AppHost
cd deploy/AppHost
exec env \
    ASPNETCORE_URLS="$dashboard_url" \
    ASPNETCORE_ENVIRONMENT=Development \
    DOTNET_ENVIRONMENT=Development \
    ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:18889 \
    ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:18890 \
    ASPIRE_ALLOW_UNSECURED_TRANSPORT=true \
    bin/Release/net10.0/AppHost "$@"
