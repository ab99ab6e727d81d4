#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests, on the loopback address only.
#
#   tools/ci/postgres.sh start DIR [PORT]   installs PostgreSQL from Debian's packages if missing, creates a
#                                           cluster in DIR, starts it on 127.0.0.1:PORT (default: the first
#                                           free port from 55432) and prints the connection string for
#                                           NEWSGRAPH_TEST_POSTGRES
#   tools/ci/postgres.sh stop DIR           stops it and removes DIR
set -euo pipefail
cmd=${1:?start or stop}; dir=${2:?cluster folder}; port=${3:-}

# A port nothing listens on yet (another cluster, an earlier run's): bash's /dev/tcp connects or fails.
free_port() {
  local p
  for p in $(seq 55432 55531); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "postgres.sh: no free port in 55432-55531" >&2; return 1
}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "$cmd" = start ] && [ -z "$bin" ]; then
  echo "postgres.sh: installing postgresql from Debian's packages" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
# The server refuses to run as root: it runs as the postgres account that Debian's package creates.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
  start)
    [ -n "$port" ] || port=$(free_port)
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_pg "$bin/initdb" -D "$dir/data" -U newsgraph -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off -c max_connections=200" start >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=newsgraph;Database=postgres"
    ;;
  stop)
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac
