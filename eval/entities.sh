#!/usr/bin/env bash
# People, organisations and places across articles on the ECB+ dev set (issue 15, acceptance 2): ingests
# ../shared/datasets/stories/ecbplus-dev/texts into a fresh SQLite store (stories and entities are
# resolved as the batches are stored) and scores `newsgraph entities --format jsonl` with
# ../shared/eval/score_xdoc_entities.py (B-cubed over named mentions), first as streamed, then after
# `entities --rebuild` (publication order, every story known): the last line is that score.
# Output: .eval/entities.db, .eval/entities-streamed.jsonl and .eval/entities.jsonl (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
SET=../shared/datasets/stories/ecbplus-dev
DB=.eval/entities.db
mkdir -p .eval && rm -f "$DB" "$DB-wal" "$DB-shm"
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
NG=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
"$NG" ingest "$SET/texts" --db "$DB"
for pass in streamed rebuilt; do
  out=.eval/entities-$pass.jsonl; flags=()
  if [ "$pass" = rebuilt ]; then out=.eval/entities.jsonl; flags=(--rebuild); fi
  "$NG" entities --db "$DB" "${flags[@]}" --format jsonl > "$out"
  echo "== entities, $pass"
  python3 ../shared/eval/score_xdoc_entities.py "$SET/gold.json" "$out"
done
