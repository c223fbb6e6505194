#!/usr/bin/env bash
# The platform benchmark: builds the solution in Release, then measures, in one run on this machine,
# the platform and the parts it is built from side by side and prints one table (rows B0, R1-R8:
# what, figure, target, met), and writes it with the figures behind it as JSON under
# TestResults/bench/. The services, the web application and the gateway run as separate processes
# from their build output, on a private RabbitMQ node and on SQLite files, then on private PostgreSQL
# servers (installs Debian's rabbitmq-server and postgresql when missing). Bounded in time and count,
# loopback only; every process it starts is stopped when it ends, fails or is interrupted (Ctrl+C).
# Five minutes of measuring on an idle two-core machine, after the build (eleven on a busy one).
#
# Usage: tools/bench.sh [--smoke] [--duration SECONDS] [--clients N] [--rounds N]
#   --smoke          every row with a tiny load, in a few minutes: shows that it runs, measures nothing
#   --duration S     how long activities are posted through the gateway (R2), 60 by default
#   --clients N      concurrent clients of the load (16), --rounds N rounds per HTTP figure (3)
#   --configuration C  run the build output of another configuration (Release by default)
#   --no-build       run what is built already
set -euo pipefail
cd "$(dirname "$0")/.."

. tests/servers.sh

configuration=Release
build=yes
arguments=()
while [ $# -gt 0 ]; do
  case "$1" in
    --configuration) configuration=${2:?--configuration needs a value}; shift 2 ;;
    --no-build) build=no; shift ;;
    *) arguments+=("$1"); shift ;;
  esac
done

mapfile -t missing < <(missing_test_servers)
install_packages "${missing[@]}"

if [ "$build" = yes ]; then
  echo "Building the solution in $configuration..." >&2
  dotnet build Platform.sln -c "$configuration" -nologo -v quiet >&2
fi

exec "tests/Platform.Benchmarks/bin/$configuration/net10.0/Platform.Benchmarks" platform \
  --results "$PWD/TestResults/bench" "${arguments[@]}"
