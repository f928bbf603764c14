#!/bin/sh
# Builds the browser validator into a folder of static files (default target/web): the core
# compiled to WebAssembly with the `wasm` profile, carried as base64 in ovk-wasm.js (the page
# may not fetch it), the page's files beside it, and the service worker's version.
#
# The target is wasm32-wasip1, not wasm32-unknown-unknown: the workbook writer reads the clock
# (rust_xlsxwriter's `Workbook::new`), which on wasm32-unknown-unknown either panics or needs
# wasm-bindgen's generated glue; on wasm32-wasip1 it is one of six WASI preview 1 functions,
# a frozen interface that web/site/ovk.js provides in a few lines.
set -eu
web=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$web")
out=${1:-$root/target/web}
target=${CARGO_TARGET_DIR:-$root/target}

if command -v rustup > /dev/null 2>&1 && ! rustup target list --installed | grep -qx wasm32-wasip1; then
    rustup target add wasm32-wasip1
fi
cargo build --manifest-path "$root/Cargo.toml" -p overenskommelse-web \
    --target wasm32-wasip1 --profile wasm --locked
wasm=$target/wasm32-wasip1/wasm/ovk_web.wasm

rm -rf "$out"
mkdir -p "$out"
cp "$web"/site/*.html "$web"/site/*.css "$web"/site/*.js "$out"/
{
    printf '// The core as WebAssembly, base64: written by web/build.sh from %s.\n' "ovk_web.wasm"
    printf "self.ovkWasmBase64 = '"
    base64 -w0 "$wasm"
    printf "';\n"
} > "$out/ovk-wasm.js"
version=$(cat "$out"/*.html "$out"/*.css "$out"/*.js | sha256sum | cut -c1-16)
sed -i "s/__VERSION__/$version/" "$out/sw.js"
echo "web: $out ($(wc -c < "$wasm") bytes of WebAssembly, $(gzip -9 -c "$wasm" | wc -c) gzipped)"
