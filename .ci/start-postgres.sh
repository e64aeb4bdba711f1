#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the server test suite and prints shell exports:
#
#   eval "$(bash .ci/start-postgres.sh)"     # sets DATABASE_URL and OFFERWISE_PG_STOP
#   npx vitest run packages/server            # the same suite, now against PostgreSQL
#   eval "$OFFERWISE_PG_STOP"                 # stops the server and removes its files
#
# Installs Debian's postgresql package if no server binaries exist, initialises a cluster in
# a temporary directory owned by a non-root user (postgres refuses to run as root), listens on
# a free loopback port only, and creates the database `offerwise`. Logs go to stderr so that
# stdout holds only the exports.
set -euo pipefail

log() { printf '%s\n' "$*" >&2; }

find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n "$dir" && -x "$dir/initdb" ]] && printf '%s' "$dir"
}

BIN=$(find_bin || true)
if [[ -z "$BIN" ]]; then
  log "postgres: installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  BIN=$(find_bin)
fi

# Run the server as an unprivileged user; when we are not root we already are one.
RUN=()
OWNER=$(id -un)
if [[ $(id -u) -eq 0 ]]; then
  OWNER=postgres
  id -u "$OWNER" >/dev/null 2>&1 || useradd --system --no-create-home "$OWNER"
  RUN=(runuser -u "$OWNER" --)
fi

DIR=$(mktemp -d "${TMPDIR:-/tmp}/offerwise-pg.XXXXXX")
chown "$OWNER" "$DIR"
chmod 700 "$DIR"
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

log "postgres: $BIN, cluster in $DIR, port $PORT"
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U offerwise --auth=trust --no-sync -E UTF8 >"$DIR/initdb.log" 2>&1 ||
  { cat "$DIR/initdb.log" >&2; exit 1; }
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1" start >&2 ||
  { cat "$DIR/server.log" >&2; exit 1; }
"${RUN[@]}" "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U offerwise offerwise

printf "export DATABASE_URL='postgres://offerwise@127.0.0.1:%s/offerwise'\n" "$PORT"
printf "export OFFERWISE_PG_STOP='%s %s/pg_ctl -D %s/data -m fast stop >/dev/null && rm -rf %s'\n" \
  "${RUN[*]}" "$BIN" "$DIR" "$DIR"
