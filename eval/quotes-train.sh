#!/usr/bin/env bash
# Quote extraction on PolNeAR train for tuning: predictions to .eval/polnear-train.jsonl, then the
# speaker error table (eval/speaker_errors.py). Train's one malformed .ann line makes the shipped scorer
# fail, so only the error table is printed here.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/datasets/quotes/polnear/train
mkdir -p .eval
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
src/Newsgraph.Cli/bin/Release/net10.0/newsgraph analyze --verbatim --format jsonl "$data"/text/*.txt > .eval/polnear-train.jsonl
python3 eval/speaker_errors.py "$data" .eval/polnear-train.jsonl "$@"
