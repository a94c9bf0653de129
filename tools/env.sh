# Sourced by the tool scripts: where the pinned tools live.
# cargo installs wasm-bindgen-cli under CARGO_HOME, which need not be on PATH.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"
WASM_BINDGEN="$CARGO_BIN/wasm-bindgen"
WASM_OPT="node_modules/.bin/wasm-opt"
# Debian's epubcheck is a jar; /usr/bin/epubcheck runs only where binfmt knows
# jars, so the tests call it through java.
EPUBCHECK_JAR="/usr/share/java/epubcheck.jar"
# The TEI P5 schema the TEI download is validated against (tools/setup.sh).
TEI_SCHEMA=".tools/tei/tei_all.rng"
