#!/usr/bin/env bash
# Builds the static site into dist/: release Wasm, JS glue, wasm-opt, assets, icons,
# and last the service worker stamped with the build's hash and file list.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
. tools/env.sh

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

step "compiling to WebAssembly (release): the app, and the pages loaded on first use"
# Panic messages carry source paths: keep the builder's folders out of the
# shipped Wasm (and a few kilobytes with them).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/=crates/ --remap-path-prefix=$PWD/="
# Honour CARGO_TARGET_DIR, as cargo does.
# QUICK=1: a faster, larger build for trying a change (no LTO, no wasm-opt);
# budgets and the report need the real one.
profile=release
[ "${QUICK:-}" = 1 ] && profile=quick
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/qazaq_reader.wasm"
rm -rf dist
mkdir -p dist
# The same crate twice: `csr` exports the app's `start`, `extras` the map, the
# word list, the overview and "Cite this" (src/view/extras.rs). Each module
# holds only what its exports reach. `search-runtime` is the small search runtime
# (src/quick.rs): the core's search without Yew, for the first search before the app.
for module in qazaq_reader:csr extras:extras qazaq_search:search-runtime; do
  cargo rustc --quiet --lib --profile "$profile" --target wasm32-unknown-unknown \
    --features "${module#*:}" --crate-type cdylib
  "$WASM_BINDGEN" --target web --no-typescript --out-dir dist --out-name "${module%%:*}" "$wasm"
done

step "optimising for size (wasm-opt)"
for module in qazaq_reader extras qazaq_search; do
  [ "$profile" = quick ] && break
  # The features rustc enables by default for wasm32 must be allowed explicitly.
  "$WASM_OPT" -Oz \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "dist/${module}_bg.wasm" -o "dist/${module}_bg.wasm"
done

cp index.html style.css prefs.js src/view/boot.js src/view/offline.js src/view/quick_search.js data/article.json data/people.json data/places.json data/citation.json dist/
cp manifest.webmanifest 404.html 404.js dist/
# Fetched only when first wanted (a reading choice, a search), never on the
# first visit; the service worker keeps them for offline use after that.
mkdir -p dist/translations dist/abstracts
cp data/translations/*.json dist/translations/
cp data/abstracts/*.json dist/abstracts/
mkdir -p dist/icons
cp icons/icon.svg dist/icons/
node tools/icons.mjs dist/icons 192 512

# The first search before the app: the runtime and what it reads (the article and
# both translations, the very files the app reads later), gzip -9 after wasm-opt.
# The target is 60 KB; the runtime alone is about 76 KB gzip today (the core's
# search, the Snowball stemmers and Rust's lower-case tables; it reads its data a
# field a call, without serde), so the build fails only when it grows past the limit
# below, and says the target.
quick_files="qazaq_search_bg.wasm qazaq_search.js quick_search.js article.json translations/ru.json translations/en.json"
quick_gzip=0
for f in $quick_files; do quick_gzip=$((quick_gzip + $(gzip -9c "dist/$f" | wc -c))); done
quick_limit=$((120 * 1024))
printf 'search runtime and its data (%s): %d bytes gzip (target 61440, limit %d)\n' \
  "$quick_files" "$quick_gzip" "$quick_limit" >&2
if [ "$profile" != quick ] && [ "$quick_gzip" -gt "$quick_limit" ]; then
  echo "the search runtime and its data are over their limit" >&2
  exit 1
fi

step "the site from one model (src/bin/site): the article checked, the data, the map, the words, the pages, the downloads"
# The public address goes into the citation meta tags (reference managers need an
# absolute URL). The Pages workflow passes the real one; a local build names the
# address tools/serve.sh serves it at.
SITE_URL="${SITE_URL:-http://127.0.0.1:${PORT:-8080}/qazaq-reader/}" \
  cargo run --quiet --features ssr --bin site -- dist
map_gzip=$(gzip -9c dist/map.json | wc -c)
printf 'map.json: %d bytes, %d gzip\n' "$(wc -c < dist/map.json)" "$map_gzip" >&2
# Loaded when the map is first opened; keep it light.
if [ "$map_gzip" -gt 40960 ]; then
  echo "map.json is over 40 KB gzip" >&2
  exit 1
fi

# The interface strings by language, for the browser test that looks for
# the Kazakh ones on the Russian and English pages (not part of the site).
cargo run --quiet --features ssr --bin site -- --ui-strings "${CARGO_TARGET_DIR:-target}/ui-strings.json"

step "stamping the service worker (build hash, file list)"
# Last, because it hashes every other file of the build.
node tools/stamp-sw.mjs dist

find dist -type f | sort | while read -r f; do
  printf '%8d bytes  %8d gzip  %s\n' "$(wc -c < "$f")" "$(gzip -9c "$f" | wc -c)" "${f#dist/}"
done
