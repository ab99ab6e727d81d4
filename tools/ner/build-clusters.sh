#!/usr/bin/env bash
# Rebuilds the word-cluster table of the entity tagger (src/Newsgraph.Analysis/Resources/ner/clusters.tsv.gz)
# from the unlabelled text under ../shared/datasets: CoNLL-2003 train tokens, WikiGold, WNUT-17 train,
# PolNeAR train+dev articles, TimeBank/AQUAINT and MEANTIME documents, and the English article bodies that
# `newsgraph extract` finds in the trafilatura and Readability test pages. Never the CoNLL dev set.
# Deterministic (fixed seed). Afterwards rebuild and rerun `newsgraph train ner` (the tagger's features change).
set -euo pipefail
cd "$(dirname "$0")/../.."
S=../shared/datasets
N=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
work=.eval/clusters
mkdir -p "$work"
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
"$N" extract "$S/extraction/trafilatura-eval/pages" "$S/extraction/readability-test-pages" --format jsonl -o "$work/pages.jsonl" 2>/dev/null || true
python3 - "$work/pages.jsonl" "$work/pages-en.txt" <<'PY'
import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in open(sys.argv[1], encoding="utf-8"):
        a = json.loads(line)
        if a.get("language") == "en":
            out.write((a.get("text") or "") + "\n")
PY
"$N" train clusters --clusters 1600 --text "$S/ner/conll2003/eng.train" "$S/ner/wikigold/wikigold.conll.txt" \
  "$S/ner/wnut17/wnut17train.conll" "$S/quotes/polnear/train/text" "$S/quotes/polnear/dev/text" "$S/time/tbaq" \
  "$S/time/meantime-en/intra-doc_annotation" "$work/pages-en.txt"
