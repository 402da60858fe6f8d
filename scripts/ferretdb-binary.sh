#!/usr/bin/env bash
# Prints the path of a FerretDB binary, building it first when the machine has
# none cached. `go install` of the module builds a binary that refuses to start
# (the module lacks its generated build/version/version.txt), so the source is
# copied out of Go's module cache, the version file written, and built there.
set -euo pipefail

version="${FERRETDB_VERSION:-v1.24.2}"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/segar"
binary="$cache/ferretdb-$version"

if [ -x "$binary" ] && [ "$("$binary" --version 2>/dev/null | head -n 1)" = "version: $version" ]; then
  echo "$binary"
  exit 0
fi

command -v go >/dev/null 2>&1 || { echo "Go tidak terpasang: FerretDB tidak bisa dibangun" >&2; exit 1; }
echo "Membangun FerretDB $version (sekali, disimpan di $binary)..." >&2
module_dir="$(go mod download -json "github.com/FerretDB/FerretDB@$version" | python3 -c 'import json, sys; print(json.load(sys.stdin)["Dir"])')"
work="$(mktemp -d /tmp/segar-ferretdb-build.XXXXXX)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cp -r "$module_dir/." "$work/src"
chmod -R u+w "$work/src"
printf '%s' "$version" > "$work/src/build/version/version.txt"
mkdir -p "$cache"
(cd "$work/src" && CGO_ENABLED=0 go build -trimpath -o "$binary.tmp" ./cmd/ferretdb)
mv "$binary.tmp" "$binary"
[ "$("$binary" --version | head -n 1)" = "version: $version" ] || { echo "FerretDB $version terbangun tetapi versinya tidak cocok" >&2; exit 1; }
echo "$binary"
