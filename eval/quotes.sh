#!/usr/bin/env bash
# Quote extraction on PolNeAR (issue 5).
#
#   eval/quotes.sh [dev|train]      (default: dev; train is for tuning, dev only for measuring)
#
# Runs `newsgraph analyze --verbatim --format jsonl` over ../shared/datasets/quotes/polnear/SPLIT/text
# and scores the predictions with ../shared/eval/score_quotes.py against SPLIT/attributions:
# direct_f1 (quoted segments, exact), speaker_acc (predicted speaker overlaps the gold source),
# overlap_f1 (soft token overlap of all content spans), exact_f1 (whole content span). Then checks the
# seed page (../shared/examples/rferl-us-iraq) with check.py's quotes section.
# Predictions go to .eval/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
split="${1:-dev}"
data=../shared/datasets/quotes/polnear/$split
mkdir -p .eval
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
ng=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
"$ng" analyze --verbatim --format jsonl "$data"/text/*.txt > ".eval/polnear-$split.jsonl"
python3 ../shared/eval/score_quotes.py "$data/text" "$data/attributions" ".eval/polnear-$split.jsonl"
"$ng" analyze ../shared/examples/rferl-us-iraq/page.txt --published 2020-01-11 --format json > .eval/seed.json
python3 ../shared/examples/check.py ../shared/examples/rferl-us-iraq/expected.json .eval/seed.json quotes
