#!/usr/bin/env bash
# Plain-text capture extraction on trafilatura's 990-page multilingual evaluation set (issue 2, acceptance 2).
# Renders every HTML page of ../shared/datasets/extraction/trafilatura-eval/pages to a plain-text capture
# with tools/Newsgraph.CaptureRenderer (visible text, one block per line; file names kept), runs
# `newsgraph extract --format jsonl` on the captures, and scores the bodies with
# ../shared/eval/score_extraction.py trafilatura (snippet precision, recall and F).
# Output: .eval/captures/ (the captures) and .eval/extraction-capture.jsonl (predictions), both git-ignored.
# Usage: eval/extraction-capture.sh [MIN_F]   (exit 1 when F is under MIN_F)
set -euo pipefail
cd "$(dirname "$0")/.."
SET=../shared/datasets/extraction/trafilatura-eval
mkdir -p .eval
dotnet build tools/Newsgraph.CaptureRenderer -c Release -v q -nologo >/dev/null
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
rm -rf .eval/captures
tools/Newsgraph.CaptureRenderer/bin/Release/net10.0/capture-renderer "$SET/pages" .eval/captures
src/Newsgraph.Cli/bin/Release/net10.0/newsgraph extract --format jsonl .eval/captures > .eval/extraction-capture.jsonl
python3 ../shared/eval/score_extraction.py trafilatura "$SET" .eval/extraction-capture.jsonl "$@"
