# Sourced by tests/run.sh and tools/bench.sh: installing, from Debian's packages, the servers the
# test fixtures (tests/Platform.Testing) start privately, and whatever else a script needs.

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Prints rabbitmq-server and postgresql when their binaries are not installed.
missing_test_servers() {
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || echo rabbitmq-server
  compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null || echo postgresql
}

# Installs the Debian packages named, if any.
install_packages() {
  [ $# -gt 0 ] || return 0
  echo "Installing $*..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
