#!/usr/bin/env bash
# Wire credits on the PolNeAR news texts (issue 3, acceptance 3): runs `newsgraph extract --format jsonl`
# over ../shared/datasets/quotes/polnear/{train,dev}/text and scores the "credits" field against the
# 'wire' column of metadata.tsv with ../shared/eval/score_metadata.py credits (precision, recall, F1:
# a credit on a non-wire article counts as a false positive).
# Output: .eval/credits-polnear.jsonl (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
SET=../shared/datasets/quotes/polnear
mkdir -p .eval
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
src/Newsgraph.Cli/bin/Release/net10.0/newsgraph extract --format jsonl "$SET/train/text" "$SET/dev/text" > .eval/credits-polnear.jsonl
python3 ../shared/eval/score_metadata.py credits "$SET" .eval/credits-polnear.jsonl
