#!/usr/bin/env bash
# Runs a command against a throwaway FerretDB (a MongoDB wire-protocol server
# on top of PostgreSQL; not MongoDB) on 127.0.0.1, backed by a throwaway
# PostgreSQL cluster, then removes both. The command sees TEST_DATABASE_URL
# (mongodb://127.0.0.1:PORT/segar_test), and TEST_POSTGRES_URL for that
# PostgreSQL server (the replay compares the two).
#   scripts/with-ferretdb.sh npx vitest run tests/int tests/api
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

if [ -z "${SEGAR_FERRETDB_PG_URL:-}" ]; then
  # The binary first, so that a build failure is reported before anything starts.
  binary="$("$here/ferretdb-binary.sh")"
  export SEGAR_FERRETDB_BINARY="$binary"
  exec "$here/with-postgres.sh" bash -c 'SEGAR_FERRETDB_PG_URL="$TEST_DATABASE_URL" exec "$0" "$@"' "$0" "$@"
fi

pg_url="$SEGAR_FERRETDB_PG_URL"
unset SEGAR_FERRETDB_PG_URL
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
"$pg_bin/psql" -q -X -d "$pg_url" -c 'CREATE DATABASE ferretdb' >/dev/null
backend_url="${pg_url%/*}/ferretdb"

work="$(mktemp -d /tmp/segar-ferretdb.XXXXXX)"
port="${SEGAR_FERRETDB_PORT:-$(( 27100 + RANDOM % 800 ))}"
"$SEGAR_FERRETDB_BINARY" \
  --listen-addr="127.0.0.1:$port" \
  --handler=postgresql \
  --postgresql-url="$backend_url" \
  --state-dir="$work" \
  --debug-addr=- \
  --telemetry=disable \
  --log-level="${SEGAR_FERRETDB_LOG_LEVEL:-warn}" \
  >"$work/log" 2>&1 &
ferretdb_pid=$!

cleanup() {
  kill "$ferretdb_pid" 2>/dev/null && wait "$ferretdb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
  if ! kill -0 "$ferretdb_pid" 2>/dev/null; then
    echo "FerretDB berhenti saat mulai:" >&2
    cat "$work/log" >&2
    exit 1
  fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  sleep 0.1
done
echo "FerretDB $("$SEGAR_FERRETDB_BINARY" --version | sed -n 's/^version: //p') sementara siap di 127.0.0.1:$port (PostgreSQL di belakangnya)" >&2

export TEST_DATABASE_URL="mongodb://127.0.0.1:$port/segar_test"
export TEST_POSTGRES_URL="$pg_url"
"$@"
