#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster on 127.0.0.1, then
# removes the cluster. The command sees TEST_DATABASE_URL.
#   scripts/with-postgres.sh npx vitest run tests/int tests/api
set -euo pipefail

pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "PostgreSQL tidak terpasang: apt-get install -y postgresql" >&2
  exit 1
fi

work="$(mktemp -d /tmp/segar-pg.XXXXXX)"
port="${SEGAR_PG_PORT:-$(( 54000 + RANDOM % 1000 ))}"
run_as_db() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
if [ "$(id -u)" = "0" ]; then chown postgres "$work"; fi

cleanup() {
  run_as_db "'$pg_bin/pg_ctl' -D '$work/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

run_as_db "'$pg_bin/initdb' -D '$work/data' -A trust -U postgres --no-sync -E UTF8" >/dev/null
run_as_db "'$pg_bin/pg_ctl' -D '$work/data' -l '$work/log' -w -o \"-k '$work' -h 127.0.0.1 -p $port -c fsync=off -c max_connections=300\" start" >/dev/null
echo "PostgreSQL sementara siap di 127.0.0.1:$port" >&2

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
