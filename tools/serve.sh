#!/usr/bin/env bash
# Builds the site and serves it on localhost under a sub-path, as GitHub Pages would.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/build.sh
exec node tools/serve.mjs --dir dist --base /qazaq-reader/ --port "${PORT:-8080}"
