#!/usr/bin/env bash
# Builds the static site into dist/: release Wasm, JS glue, wasm-opt, assets.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

step "checking data/article.json against data/article.txt"
cargo run --quiet --bin build_article -- --check

step "compiling to WebAssembly (release)"
cargo rustc --quiet --lib --release --target wasm32-unknown-unknown --features csr --crate-type cdylib

rm -rf dist
mkdir -p dist
wasm-bindgen --target web --no-typescript --out-dir dist \
  target/wasm32-unknown-unknown/release/qazaq_reader.wasm

step "optimising for size (wasm-opt)"
# The features rustc enables by default for wasm32 must be allowed explicitly.
node_modules/.bin/wasm-opt -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/qazaq_reader_bg.wasm -o dist/qazaq_reader_bg.wasm

cp index.html style.css src/view/boot.js data/article.json data/people.json data/places.json dist/

step "pre-rendering the article into index.html"
cargo run --quiet --features ssr --bin prerender -- dist/index.html

for f in dist/*; do
  printf '%8d bytes  %8d gzip  %s\n' "$(wc -c < "$f")" "$(gzip -9c "$f" | wc -c)" "${f#dist/}"
done
