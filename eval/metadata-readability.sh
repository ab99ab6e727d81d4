#!/usr/bin/env bash
# HTML metadata and body on Readability's test pages (130 pages, one folder each).
# Runs:   newsgraph extract --format jsonl ../shared/datasets/extraction/readability-test-pages/*/source.html
#         (Release build, built once here), predictions in .eval/metadata-readability.jsonl.
# Scores: ../shared/eval/score_metadata.py readability: title, authors (vs byline), published date,
#         language, publisher (site name), each over the pages whose expectation is set, and the
#         mean body token F1 against expected.html.
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=../shared/datasets/extraction/readability-test-pages
mkdir -p .eval
dotnet build src/Newsgraph.Cli -c Release -v quiet -nologo >/dev/null
BIN=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
"$BIN" extract --format jsonl "$PAGES"/*/source.html > .eval/metadata-readability.jsonl 2> .eval/metadata-readability.err || true
tail -n 1 .eval/metadata-readability.err
python3 ../shared/eval/score_metadata.py readability "$PAGES" .eval/metadata-readability.jsonl
