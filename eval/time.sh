#!/usr/bin/env bash
# Time expressions (issue 6), TempEval-3 Task A scoring with ../shared/eval/score_time.py.
#
#   eval/time.sh            TimeBank + AQUAINT, then MEANTIME, then the seed page
#
# 1. TimeBank + AQUAINT (../shared/datasets/time/tbaq): `score_time.py split` writes each document's
#    text and dct.tsv; `newsgraph eval-time` analyses every text with its own creation date exactly as
#    `newsgraph analyze --verbatim --published DCT --format jsonl TEXT` would (one process instead of 256);
#    `score_time.py score` prints strict/relaxed span P/R/F1, type F1 and value F1 (last line).
# 2. MEANTIME English (../shared/datasets/time/meantime-en, intra-doc annotation): converted to TimeML by
#    eval/meantime_to_tml.py (tokens joined by spaces), then scored the same way.
# 3. The seed page: check.py's times and timeline sections.
# Everything it writes goes to .eval/time/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
out=.eval/time
mkdir -p "$out"
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
ng=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
score=../shared/eval/score_time.py

echo "== TimeBank + AQUAINT"
tbaq=../shared/datasets/time/tbaq
python3 "$score" split "$tbaq" "$out/tbaq" >/dev/null
"$ng" eval-time "$out/tbaq" -o "$out/tbaq.jsonl"
python3 "$score" score "$tbaq" "$out/tbaq" "$out/tbaq.jsonl"

echo "== MEANTIME (English, intra-document)"
python3 eval/meantime_to_tml.py ../shared/datasets/time/meantime-en/intra-doc_annotation "$out/meantime-tml" >/dev/null
python3 "$score" split "$out/meantime-tml" "$out/meantime" >/dev/null
"$ng" eval-time "$out/meantime" -o "$out/meantime.jsonl"
python3 "$score" score "$out/meantime-tml" "$out/meantime" "$out/meantime.jsonl"

echo "== seed page"
"$ng" analyze ../shared/examples/rferl-us-iraq/page.txt --published 2020-01-11 --format json > "$out/seed.json"
python3 ../shared/examples/check.py ../shared/examples/rferl-us-iraq/expected.json "$out/seed.json" times
python3 ../shared/examples/check.py ../shared/examples/rferl-us-iraq/expected.json "$out/seed.json" timeline
