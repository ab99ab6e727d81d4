#!/usr/bin/env bash
# Entity recognition on CoNLL-2003 dev (eng.testa), scored by ../shared/eval/score_ner.py.
# Runs: a Release build of the CLI; `score_ner.py split` (one plain-text file per document, a sentence a
# line); `newsgraph analyze --verbatim --format jsonl` over them (the full pipeline: tokenizer, tagger,
# type refinement, linking); `score_ner.py score`. Scores exact span + type (PER/ORG/LOC/MISC; GPE/LOC/FAC
# count as LOC, NORP/EVENT/LAW/... as MISC), overall and per type; the last line is f1=...
# Usage: eval/ner.sh [CONLL_FILE]   (outputs under .eval/ner/)
set -euo pipefail
cd "$(dirname "$0")/.."
conll="${1:-../shared/datasets/ner/conll2003/eng.testa}"
out=.eval/ner
rm -rf "$out" && mkdir -p "$out"
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
python3 ../shared/eval/score_ner.py split "$conll" "$out/docs" >/dev/null
src/Newsgraph.Cli/bin/Release/net10.0/newsgraph analyze --verbatim --format jsonl "$out"/docs/*.txt > "$out/pred.jsonl"
python3 ../shared/eval/score_ner.py score "$conll" "$out/docs" "$out/pred.jsonl"
