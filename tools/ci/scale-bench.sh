#!/usr/bin/env bash
# Throughput of the scale-out path on this machine: queue an archive on a local nats-server (JetStream,
# 127.0.0.1), ingest it with 1 and then 2 workers into a fresh PostgreSQL database each time (a throwaway
# cluster on 127.0.0.1 from tools/ci/postgres.sh), and print the wall time, articles/s and CPU seconds per
# article for each run. Workers run with --jobs 1 each, so N workers use N cores.
#
#   tools/ci/scale-bench.sh [ARCHIVE] [WORKERS...]     default: the 990-page archive, runs with 1 and 2 workers
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$(realpath -m "${1:-$root/../shared/datasets/warc/trafilatura-990.warc.gz}")
shift || true
runs=("${@:-1 2}")
read -r -a runs <<< "${runs[*]}"
[ -f "$archive" ] || { echo "scale-bench: $archive not found" >&2; exit 1; }
command -v nats-server >/dev/null || { echo "scale-bench: nats-server not found (apt install nats-server)" >&2; exit 1; }

dotnet build "$root/src/Newsgraph.Cli" -c Release --nologo -v q >/dev/null
dll="$root/src/Newsgraph.Cli/bin/Release/net10.0/newsgraph.dll"
work=$(mktemp -d /tmp/newsgraph-scale-bench-XXXX)
pg="/tmp/newsgraph-scale-bench-pg-$$"
port=$((14000 + $$ % 1000))
trap 'kill $(cat "$work/nats.pid") 2>/dev/null || true; "$root/tools/ci/postgres.sh" stop "$pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
server=$("$root/tools/ci/postgres.sh" start "$pg")

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| workers | articles | wall s | articles/s | CPU s per article (workers) |"
echo "|---|---|---|---|---|"
for n in "${runs[@]}"; do
  rm -rf "$work/js"
  nats-server -js -a 127.0.0.1 -p "$port" -sd "$work/js" > "$work/nats.log" 2>&1 &
  echo $! > "$work/nats.pid"
  sleep 1
  db="ng_bench_${n}_$$"
  psql "$(echo "$server" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -qc "CREATE DATABASE $db" >/dev/null
  target="${server%Database=*}Database=$db"
  dotnet "$dll" queue "$archive" --nats "nats://127.0.0.1:$port" --records-per-item 50 2>/dev/null
  start=$(date +%s.%N)
  pids=()
  for i in $(seq "$n"); do
    /usr/bin/time -f "%U %S" -o "$work/cpu$i" dotnet "$dll" worker --nats "nats://127.0.0.1:$port" --db "$target" --jobs 1 --name "bench$i" --until-empty 2> "$work/w$i.log" &
    pids+=($!)
  done
  wait "${pids[@]}"
  wall=$(echo "$(date +%s.%N) - $start" | bc -l)
  articles=$(psql "$(echo "$target" | sed 's/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=/dbname=/')" -Atqc "SELECT count(*) FROM articles")
  cpu=$(cat "$work"/cpu* | awk '{s += $1 + $2} END {print s}')
  rm -f "$work"/cpu*
  kill "$(cat "$work/nats.pid")"; wait "$(cat "$work/nats.pid")" 2>/dev/null || true
  printf '| %s | %s | %.0f | %.1f | %.3f |\n' "$n" "$articles" "$wall" "$(echo "$articles / $wall" | bc -l)" "$(echo "$cpu / $articles" | bc -l)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
