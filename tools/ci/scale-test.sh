#!/usr/bin/env bash
# The scale-out fault test (issue #18): several hosts, each in a network namespace of its own on a private
# bridge this script creates and removes (traffic only between those namespaces and their loopback):
#   nats1..nats3  a three-node NATS cluster with JetStream (the queue kept on all three)
#   pg            a PostgreSQL server (the shared store) and a streaming read replica of it
#   w1, w2, w3    workers (w3 joins after w1 is killed)
#   ctl           where the queue is filled, watched and checked
# It queues the 990-page archive split into items (and one item that can never be fetched), kills worker w1
# with kill -9 and stops one NATS node while the work runs, then checks: every article stored exactly once;
# no item lost (all done, nothing pending or in flight); the dead-letter stream holds only the bad item; the
# store equals a single-machine `ingest` of the same archive; every article in exactly one story; and a search
# on the read replica equals the same search on the primary.
#
#   tools/ci/scale-test.sh [ARCHIVE]     needs root (ip netns); prints "scale-test: passed" or why it failed;
#                                        without root, the archive or the servers, prints why it was skipped
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
archive=$(realpath -m "${1:-$root/../shared/datasets/warc/trafilatura-990.warc.gz}")
say() { echo "scale-test: $*" >&2; }
skip() { echo "scale-test: skipped: $*"; exit 0; }
[ -f "$archive" ] || skip "$archive not found (../shared is absent)"
[ "$(id -u)" = 0 ] || skip "needs root for network namespaces"
command -v ip >/dev/null || skip "ip (iproute2) not found"
if ! command -v nats-server >/dev/null; then
  say "installing nats-server from Debian's packages"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nats-server; } >/dev/null 2>&1 || skip "nats-server could not be installed"
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ]; then
  say "installing postgresql from Debian's packages"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null 2>&1 || skip "postgresql could not be installed"
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

say "building newsgraph (Release)"
dotnet build "$root/src/Newsgraph.Cli" -c Release --nologo -v q >/dev/null
dll="$root/src/Newsgraph.Cli/bin/Release/net10.0/newsgraph.dll"

tag="ngs$$"                                   # names of this run's namespaces, links and folders
net="10.213.$(( $$ % 200 + 20 ))"             # a private /24 on a bridge only this run uses
work="/tmp/newsgraph-scale-$$"
mkdir -p "$work"; chmod 755 "$work"
hosts=(nats1 nats2 nats3 pg w1 w2 w3 ctl)
declare -A addr
for i in "${!hosts[@]}"; do addr[${hosts[$i]}]="$net.$((11 + i))"; done
nats="nats://${addr[nats1]}:4222,nats://${addr[nats2]}:4222,nats://${addr[nats3]}:4222"
primary="Host=${addr[pg]};Port=5432;Username=newsgraph;Database=postgres"
replica="Host=${addr[pg]};Port=5433;Username=newsgraph;Database=postgres"
as_pg() { runuser -u postgres -- "$@"; }
# Background processes are started with ip netns exec itself (it execs the program), so $! is the program's pid.
in_ns() { local host=$1; shift; ip netns exec "$tag-$host" "$@"; }
newsgraph() { local host=$1; shift; in_ns "$host" dotnet "$dll" "$@"; }
sql() { in_ns ctl psql "host=${addr[pg]} port=${2:-5432} user=newsgraph dbname=$1" -Atqc "$3"; }

cleanup() {
  for h in "${hosts[@]}"; do
    ip netns pids "$tag-$h" 2>/dev/null | xargs -r kill -9 2>/dev/null || true
    ip netns del "$tag-$h" 2>/dev/null || true
  done
  ip link del "${tag}br" 2>/dev/null || true
  [ -n "${KEEP_SCALE_TEST:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

say "network: bridge ${tag}br, $net.0/24, hosts ${hosts[*]}"
ip link add "${tag}br" type bridge
ip link set "${tag}br" up
for i in "${!hosts[@]}"; do
  h=${hosts[$i]}
  ip netns add "$tag-$h"
  ip link add "${tag}v${i}" type veth peer name "${tag}p${i}"
  ip link set "${tag}p${i}" netns "$tag-$h"
  ip link set "${tag}v${i}" master "${tag}br" up
  in_ns "$h" ip addr add "${addr[$h]}/24" dev "${tag}p${i}"
  in_ns "$h" ip link set "${tag}p${i}" up
  in_ns "$h" ip link set lo up
done

say "NATS: three nodes with JetStream"
routes="nats://${addr[nats1]}:6222,nats://${addr[nats2]}:6222,nats://${addr[nats3]}:6222"
for h in nats1 nats2 nats3; do
  ip netns exec "$tag-$h" nats-server -js -n "$h" -a "${addr[$h]}" -p 4222 -sd "$work/$h" \
    --cluster_name newsgraph --cluster "nats://${addr[$h]}:6222" --routes "$routes" > "$work/$h.log" 2>&1 &
  echo $! > "$work/$h.pid"
done

say "PostgreSQL: primary and streaming replica"
mkdir -p "$work/pg"; chown postgres: "$work/pg"
as_pg "$pgbin/initdb" -D "$work/pg/primary" -U newsgraph -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
printf 'host all all %s.0/24 trust\nhost replication all %s.0/24 trust\n' "$net" "$net" >> "$work/pg/primary/pg_hba.conf"
pg_options="-c listen_addresses=${addr[pg]} -k $work/pg -c fsync=off -c max_connections=100"
in_ns pg runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/primary" -l "$work/pg/primary.log" -w -o "$pg_options -p 5432" start >/dev/null
in_ns pg runuser -u postgres -- "$pgbin/pg_basebackup" -h "${addr[pg]}" -p 5432 -U newsgraph -D "$work/pg/replica" -R -X stream >/dev/null
in_ns pg runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg/replica" -l "$work/pg/replica.log" -w -o "$pg_options -p 5433" start >/dev/null

# Waits up to $1 seconds for the command after the description to succeed.
wait_for() {
  local limit=$1 what=$2; shift 2
  for _ in $(seq "$limit"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  say "FAILED: $what within ${limit}s"; return 1
}

say "queueing $archive"
bad="http://127.0.0.1:9/never-answers"      # the workers' own loopback, where nothing listens: truly bad
for _ in $(seq 30); do
  newsgraph ctl queue "$archive" "$bad" --nats "$nats" --replicas 3 --ack-wait 20 --records-per-item 50 2> "$work/queue.log" && break
  sleep 1                                  # JetStream elects its meta leader in the first seconds
done
cat "$work/queue.log" >&2
items=$(grep -Eo '^newsgraph: [0-9]+ work items' "$work/queue.log" | grep -Eo '[0-9]+' || true)
[ -n "$items" ] || { echo "scale-test: FAILED: nothing could be queued"; exit 1; }
status() { newsgraph ctl queue status --nats "$nats" --window 600 --format json; }
field() { python3 -c 'import json,sys; print(json.load(sys.stdin)[sys.argv[1]])' "$1"; }

start_worker() {
  ip netns exec "$tag-$1" dotnet "$dll" worker --nats "$nats" --db "$primary" --name "$1" --jobs 1 --max-tries 3 --until-empty > "$work/$1.log" 2>&1 &
  echo $! > "$work/$1.pid"
}
clock_start=$(date +%s)
start_worker w1; start_worker w2

done_at_least() { [ "$(status 2>/dev/null | field done 2>/dev/null || echo 0)" -ge "$1" ]; }
wait_for 600 "four items done" done_at_least 4
say "kill -9 worker w1 (pid $(cat "$work/w1.pid")) while it holds an item"
kill -9 "$(cat "$work/w1.pid")"
say "stopping NATS node nats2"
kill -TERM "$(cat "$work/nats2.pid")"
start_worker w3

for w in w2 w3; do
  if ! wait_for 1200 "worker $w to finish" bash -c "! kill -0 $(cat "$work/$w.pid") 2>/dev/null"; then tail -5 "$work/$w.log" >&2; exit 1; fi
done
seconds=$(( $(date +%s) - clock_start ))
final=$(status)
echo "$final" > "$work/status.json"
say "queue: $(echo "$final" | python3 -c 'import json,sys; s=json.load(sys.stdin); print("pending %(pending)s, in flight %(inFlight)s, done %(done)s, failed %(failed)s" % s)') after ${seconds}s"

say "single-machine ingest of the same archive into SQLite, for comparison (every command gives the same results on both stores)"
newsgraph ctl ingest "$archive" --db "$work/single.db" --jobs 2 2> "$work/single.log" || true
tail -1 "$work/single.log" >&2

failures=0
check() { if [ "$2" = "$3" ]; then say "ok: $1"; else say "FAILED: $1: got '$2', expected '$3'"; failures=$((failures + 1)); fi; }
s=$(echo "$final" | python3 -c '
import json, sys
s = json.load(sys.stdin)
print(s["pending"], s["inFlight"], s["done"] + s["failed"], s["failed"], "|".join(sorted(d["item"] for d in s["dead"])))')
read -r pending inflight finished failed dead <<< "$s"
check "nothing pending or in flight" "$pending $inflight" "0 0"
check "every queued item done or dead-lettered" "$finished" "$items"
check "the dead-letter stream holds only the bad item" "$failed $dead" "1 $bad"
check "every article stored exactly once" "$(sql postgres 5432 'SELECT count(*) - count(DISTINCT doc_id) FROM articles')" "0"
newsgraph ctl export --db "$primary" | sort > "$work/distributed.jsonl"
newsgraph ctl export --db "$work/single.db" | sort > "$work/single.jsonl"
check "as many articles as a single-machine ingest" "$(wc -l < "$work/distributed.jsonl")" "$(wc -l < "$work/single.jsonl")"
check "the exported articles equal a single-machine ingest's" "$(cmp -s "$work/distributed.jsonl" "$work/single.jsonl" && echo same || echo differ)" "same"
check "every article in exactly one story" "$(sql postgres 5432 'SELECT count(*) FROM articles a LEFT JOIN story_articles s ON s.article_id = a.id WHERE s.story_id IS NULL')" "0"
check "no story without articles" "$(sql postgres 5432 'SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_articles x WHERE x.story_id = s.id)')" "0"
replica_caught_up() { [ "$(sql postgres 5433 'SELECT count(*) FROM articles')" = "$(sql postgres 5432 'SELECT count(*) FROM articles')" ]; }
wait_for 60 "the replica catching up" replica_caught_up || failures=$((failures + 1))
newsgraph ctl search "government" --db "$primary" --limit 50 --format jsonl > "$work/search-primary.jsonl"
newsgraph ctl search "government" --db "$replica" --limit 50 --format jsonl > "$work/search-replica.jsonl" 2> "$work/search-replica.log" || cat "$work/search-replica.log" >&2
check "a search on the read replica equals the primary's" "$(cmp -s "$work/search-primary.jsonl" "$work/search-replica.jsonl" && [ -s "$work/search-primary.jsonl" ] && echo same || echo differ)" "same"
articles=$(sql postgres 5432 'SELECT count(*) FROM articles')
say "distributed: $articles articles by 2 workers (one killed and replaced) in ${seconds}s; store $(sql postgres 5432 "SELECT pg_size_pretty(pg_database_size('postgres'))")"
for w in w1 w2 w3; do say "$w: $(grep -E "^newsgraph: worker $w:" "$work/$w.log" | tail -1 | sed 's/^newsgraph: //' || echo 'killed')"; done
if [ "$failures" -gt 0 ]; then
  echo "scale-test: FAILED ($failures checks)"
  for f in w1 w2 w3 nats1; do say "--- $f.log (last lines)"; tail -5 "$work/$f.log" >&2 || true; done
  exit 1
fi
echo "scale-test: passed"
