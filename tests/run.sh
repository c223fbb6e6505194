#!/usr/bin/env bash
# Runs every test of the platform: unit tests, and integration and end-to-end tests against a
# real RabbitMQ and a real PostgreSQL, and browser tests in Debian's chromium. The test fixtures start private servers from the locally
# installed binaries, so this installs Debian's rabbitmq-server and postgresql when missing; and
# libreoffice-writer-nogui, which renders reports as PDF, with poppler-utils, which reads them back,
# and kubectl (Debian's kubernetes-client), which builds the Kubernetes manifests.
# Ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

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
dotnet test Platform.sln --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" \
  --blame-hang-timeout 10m --blame-hang-dump-type none || status=$?

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
