#!/usr/bin/env bash
# Makes docs/images/article-page.png, the README's screenshot: the bundled example ingested into a
# scratch store, served on 127.0.0.1, its article page captured by Debian's headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Newsgraph.Cli -c Release -v q -nologo >/dev/null
NG=src/Newsgraph.Cli/bin/Release/net10.0/newsgraph
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
"$NG" ingest examples/ --db "$work/news.db" >/dev/null
"$NG" serve --db "$work/news.db" --urls http://127.0.0.1:5089 2>/dev/null & server=$!
for _ in $(seq 50); do curl -fs http://127.0.0.1:5089/ >/dev/null && break; sleep 0.2; done
id=$(curl -fs 'http://127.0.0.1:5089/api/search?q=dockworkers' | python3 -c 'import json,sys; print(next(h["article"] for h in json.load(sys.stdin)["hits"] if h["url"]))')
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 \
  --screenshot="$PWD/docs/images/article-page.png" "http://127.0.0.1:5089/articles/$id" 2>/dev/null
echo "docs/images/article-page.png: article $id"
