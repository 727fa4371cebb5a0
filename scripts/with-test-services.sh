#!/usr/bin/env bash
# Usage: scripts/with-test-services.sh CMD [ARG…]
#
# Runs CMD with the services the test suites need: a PostgreSQL server (its URL
# exported as TEST_DATABASE_URL) and Chromium (for tests/e2e).
#
# - TEST_DATABASE_URL already set: CMD runs as is, nothing is installed or started.
# - Otherwise, PostgreSQL and Chromium are installed with apt-get when missing
#   (root only), and a throwaway PostgreSQL cluster is started on 127.0.0.1 with
#   trust auth on a free port. It lives in $DATELINE_TEST_PG_DIR (default
#   ${TMPDIR:-/tmp}/dateline-test-pg-$UID) and is left running so the next run
#   reuses it; stop it with `pg_ctl -D "$DATELINE_TEST_PG_DIR/data" stop`.
#   A cluster of our own (rather than the distribution's `main`) needs no
#   service manager, no password changes to the system cluster, and no fixed port.
set -euo pipefail

die() {
  echo "with-test-services: $*" >&2
  exit 1
}

if [[ $# -eq 0 ]]; then
  echo "usage: $0 CMD [ARG…]" >&2
  exit 2
fi

if [[ -n "${TEST_DATABASE_URL:-}" ]]; then
  exec "$@"
fi

# Debian puts the server binaries outside PATH, one folder per major version.
find_pg_bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1; then
    dir="$(pg_config --bindir 2>/dev/null || true)"
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return
    fi
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
      echo "$dir"
      return
    fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[[ -n "$(find_pg_bindir)" ]] || missing+=(postgresql)
[[ -x "$chromium_path" ]] || missing+=(chromium)

if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $EUID -ne 0 ]]; then
    die "missing ${missing[*]}; install it (sudo apt-get install -y ${missing[*]}), or set TEST_DATABASE_URL (and CHROMIUM_PATH) to use existing ones"
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and apt-get is not available to install it"
  echo "with-test-services: installing ${missing[*]}…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

bindir="$(find_pg_bindir)"
[[ -n "$bindir" ]] || die "PostgreSQL server binaries (initdb, pg_ctl) not found after installing postgresql"
[[ -x "$chromium_path" ]] || die "Chromium not found at $chromium_path (set CHROMIUM_PATH)"

state="${DATELINE_TEST_PG_DIR:-${TMPDIR:-/tmp}/dateline-test-pg-$(id -u)}"
data="$state/data"

# initdb and postgres refuse to run as root, so root runs them as `postgres`.
as_pg() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [[ $EUID -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' user to run the server as"
fi

mkdir -p "$state"
[[ $EUID -eq 0 ]] && chown postgres: "$state"
chmod 700 "$state"

# Two runs starting at once (e.g. two terminals) must not both initdb or start.
exec {lock}>"$state.lock"
flock "$lock"

if [[ ! -f "$data/PG_VERSION" ]]; then
  rm -rf "$data"
  as_pg "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
    || { cat "$state/initdb.log" >&2; die "initdb failed"; }
  # A disposable test database: durability buys nothing, speed does. The socket
  # lives in the state dir because /var/run/postgresql may not exist in a container.
  cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$state'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
fi

if as_pg "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  # Line 4 of postmaster.pid is the port the running server listens on.
  port="$(sed -n 4p "$data/postmaster.pid")"
else
  port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  # The server must not inherit the lock, or it would hold it for its lifetime.
  as_pg "$bindir/pg_ctl" -D "$data" -l "$state/server.log" -o "-p $port" -w -t 60 start >/dev/null {lock}>&- \
    || { tail -n 20 "$state/server.log" >&2 || true; die "PostgreSQL did not start (log: $state/server.log)"; }
fi

"$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 || die "PostgreSQL on 127.0.0.1:$port is not accepting connections"
exec {lock}>&-

echo "with-test-services: PostgreSQL on 127.0.0.1:$port ($data)" >&2
export TEST_DATABASE_URL="postgres://postgres:postgres@127.0.0.1:$port/postgres"
exec "$@"
