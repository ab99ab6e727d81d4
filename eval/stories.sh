#!/usr/bin/env bash
# Story clustering on the ECB+ dev set (issue 15, acceptance 1): ingests
# ../shared/datasets/stories/ecbplus-dev/texts into a fresh SQLite store (stories are clustered as the
# batches are stored), writes `newsgraph stories --format jsonl` and scores it with
# ../shared/eval/score_stories.py (B-cubed and pairwise precision, recall, F1); then the same after
# `stories --rebuild` (IDF from the whole store, publication order): the last line is that score.
# Output: .eval/stories.db, .eval/stories-streamed.jsonl and .eval/stories.jsonl (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
SET=../shared/datasets/stories/ecbplus-dev
mkdir -p .eval
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
NG=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
rm -f .eval/stories.db .eval/stories.db-wal .eval/stories.db-shm
"$NG" ingest "$SET/texts" --db .eval/stories.db
"$NG" stories --db .eval/stories.db --format jsonl > .eval/stories-streamed.jsonl
echo "== clustered while ingesting"
python3 ../shared/eval/score_stories.py "$SET/gold.json" .eval/stories-streamed.jsonl
"$NG" stories --db .eval/stories.db --rebuild --format jsonl > .eval/stories.jsonl
echo "== stories --rebuild"
python3 ../shared/eval/score_stories.py "$SET/gold.json" .eval/stories.jsonl
