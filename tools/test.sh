#!/usr/bin/env bash
# Runs every test: format and lint, native tests of the core, then the built
# site in headless Chromium, then the budgets report (tools/report.mjs).
# Installs what is missing first (see setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

bash tools/setup.sh --browser

step "no merge conflict markers"
if git grep -nE '^(<<<<<<<|>>>>>>>)( |$)' -- . ':!node_modules'; then
  echo "conflict markers left in the files above" >&2
  exit 1
fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native: core, tools, tests, and the view as pre-rendered)"
cargo clippy --quiet --all-targets --features ssr -- -D warnings
step "cargo clippy (wasm32: the view in the browser)"
cargo clippy --quiet --lib --target wasm32-unknown-unknown --features csr -- -D warnings
step "cargo clippy (wasm32: the small search runtime)"
cargo clippy --quiet --lib --target wasm32-unknown-unknown --features search-runtime -- -D warnings

step "cargo test (native: the core, the view's own tests as pre-rendered, the build program)"
cargo test --quiet --features ssr

bash tools/build.sh

step "EPUBCheck on every EPUB the build wrote (fails on any error or warning)"
. tools/env.sh
epubs=(dist/downloads/*.epub)
[ -e "${epubs[0]}" ] || { echo "the build wrote no EPUB" >&2; exit 1; }
for epub in "${epubs[@]}"; do
  # --failonwarnings: a warning fails like an error. The summary line is
  # checked too, so a silent run is no pass.
  out=$(java -jar "$EPUBCHECK_JAR" --failonwarnings "$epub" 2>&1) || { printf '%s\n' "$out" >&2; echo "EPUBCheck: $epub fails" >&2; exit 1; }
  if ! grep -q 'Messages: 0 fatals / 0 errors / 0 warnings' <<<"$out"; then
    printf '%s\n' "$out" >&2; echo "EPUBCheck: $epub has messages" >&2; exit 1
  fi
  echo "EPUBCheck: ${epub#dist/}: 0 errors, 0 warnings" >&2
done

step "TEI: the download validates against TEI P5 (tei_all.rng, jing)"
# jing says nothing when the file is valid and exits non-zero on any error.
tei_version=$(sed -n 's/.*TEI Edition: Version[^0-9]*\([0-9.]*[0-9]\).*/\1/p' "$TEI_SCHEMA" | head -1)
for tei in dist/downloads/*.tei.xml; do
  jing "$TEI_SCHEMA" "$tei"
  echo "valid: ${tei#dist/} against TEI P5 $tei_version tei_all.rng"
done

step "browser tests (headless Chromium), each file's tests last to first"
# Every test has its own server and browser profile (tests/browser/browser.mjs) and
# every file runs in a process of its own, so no order may matter. Running each
# file's tests turned round, instead of in the order written, proves it at no cost:
# a test that needs what an earlier one left fails here. (node 20's runner cannot
# shuffle; it runs the files in sorted order whatever order they are given in.)
BROWSER_TESTS_ORDER=reversed node --test --test-concurrency=1 tests/browser/*.test.mjs

step "budgets report (figures only; fails only if it cannot measure)"
node tools/report.mjs
