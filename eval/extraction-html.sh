#!/usr/bin/env bash
# HTML body extraction on trafilatura's 990-page multilingual evaluation set.
# Runs:   newsgraph extract --format jsonl ../shared/datasets/extraction/trafilatura-eval/pages
#         (Release build, built once here), predictions in .eval/extraction-html.jsonl.
# Scores: ../shared/eval/score_extraction.py trafilatura (with/without snippet matching):
#         precision, recall, F. Also prints wall time and peak memory of the run.
# Usage:  eval/extraction-html.sh [MIN_F]      (exit 1 when F < MIN_F)
set -euo pipefail
cd "$(dirname "$0")/.."
SET=../shared/datasets/extraction/trafilatura-eval
mkdir -p .eval
dotnet build src/Newsgraph.Cli -c Release -v quiet -nologo >/dev/null
BIN=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
/usr/bin/time -f "run: %e s wall, %M KB peak" "$BIN" extract --format jsonl "$SET/pages" \
  > .eval/extraction-html.jsonl 2> .eval/extraction-html.err || true
tail -n 2 .eval/extraction-html.err
python3 ../shared/eval/score_extraction.py trafilatura "$SET" .eval/extraction-html.jsonl ${1:-}
