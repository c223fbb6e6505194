#!/usr/bin/env bash
# Runs every test of the platform: unit tests, and integration and end-to-end tests against a
# real RabbitMQ and a real PostgreSQL, and browser tests in Debian's chromium. The test fixtures start private servers from the locally
# installed binaries, so this installs Debian's rabbitmq-server and postgresql when missing; and
# libreoffice-writer-nogui, which renders reports as PDF, with poppler-utils, which reads them back,
# and kubectl (Debian's kubernetes-client), which builds the Kubernetes manifests.
# Ends with one line: "N passed, N failed".
#
# Usage: tests/run.sh [--soak]
#   --soak  the fault suite's soak case runs for ten minutes of mixed traffic and faults, not one.
set -euo pipefail
cd "$(dirname "$0")/.."

for argument in "$@"; do
  case "$argument" in
    --soak) export PLATFORM_FAULT_SOAK_SECONDS=600 ;;
    *) echo "tests/run.sh: unknown argument '$argument' (usage: tests/run.sh [--soak])" >&2; exit 2 ;;
  esac
done

. tests/servers.sh

mapfile -t missing < <(missing_test_servers)
# The browser tests drive Debian's chromium (Playwright's own browser download is not used).
[ -x /usr/bin/chromium ] || [ -n "${PLATFORM_TEST_CHROMIUM:-}" ] || missing+=(chromium)
if [ -n "${PLATFORM_TEST_RABBITMQ:-}${PLATFORM_TEST_POSTGRES:-}" ]; then
  missing=() # the servers are given; the tools below are still needed
fi
# The PDF tests convert with LibreOffice and read the PDF back with poppler, wherever the servers run.
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
# A Chinese report's PDF needs a Chinese font.
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# The manifest tests build the Kubernetes overlays with kubectl kustomize (no cluster needed).
command -v kubectl >/dev/null 2>&1 || missing+=(kubernetes-client)
install_packages "${missing[@]}"

results=TestResults/run-$(date +%Y%m%d-%H%M%S)
mkdir -p "$results"
# The browser tests save a screenshot of every page they check under the run's results.
export PLATFORM_TEST_RESULTS="$PWD/$results"
status=0
# A test that runs for ten minutes is hung (the slowest takes about a minute): its test host is
# ended and the run reports it, rather than waiting until CI's own limit.
# One build of the whole solution first (its projects in parallel), then every test project on that
# build: the benchmark's smoke test then runs the benchmark program as built, without building again.
# The fault suite runs last and alone: it kills and freezes servers and times recoveries, which
# mean something only on a machine not also running the other tests.
run_tests() {
  dotnet test "$@" --no-build --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" \
    --blame-hang-timeout 10m --blame-hang-dump-type none || status=$?
}
if dotnet build Platform.sln -nologo; then
  export PLATFORM_TEST_SOLUTION_BUILT=1
  run_tests Platform.sln --filter "FullyQualifiedName!~Platform.FaultTests"
  run_tests tests/Platform.FaultTests/Platform.FaultTests.csproj
else
  status=1
fi

# Totals from the result files: one plain line that any reader (and CI) can check.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
# The fault suite's table: what each case sent, what was acknowledged, arrived, lost, applied twice.
if [ -f "$results/fault-table.md" ]; then
  echo
  echo "Fault suite (tests/Platform.FaultTests), also in $results/fault-table.md:"
  cat "$results/fault-table.md"
  [ ! -f "$results/fault-soak.md" ] || { echo; echo "Soak samples:"; cat "$results/fault-soak.md"; }
  echo
fi

# Each failed test again, with the first lines of its message, just above the totals, so that the
# end of the output alone says what failed (the full report is in the .trx files).
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  awk '
    /<UnitTestResult / && /outcome="Failed"/ {
      name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name)
      print "FAILED " name; failing = 1; lines = 0; next
    }
    /<\/UnitTestResult>/ { failing = 0; inMessage = 0 }
    failing && /<Message>/ { inMessage = 1; sub(/.*<Message>/, "") }
    failing && inMessage {
      end = sub(/<\/Message>.*/, "")
      if (lines++ < 8) print "    " $0
      if (end) inMessage = 0
    }' "$trx" | sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "No test results were written: the build or the test host failed." >&2
  [ "$status" -ne 0 ] || status=1
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
