#!/bin/sh
# Writes the Kotlin and Swift sources that uniffi generates from the library into
# bindings/kotlin and bindings/swift; with --check, writes them to a temporary directory and
# fails when the checked-in files differ (they are stale: run `make generate`).
#
# Runs from the workspace root: uniffi-bindgen reads `cargo metadata` for uniffi.toml.
set -eu
cd "$(dirname "$0")/../.."
check=false
[ "${1:-}" = "--check" ] && check=true
target="${CARGO_TARGET_DIR:-$PWD/target}"
cargo="${CARGO:-cargo}"

# One build gives both the library and the generator that reads its metadata.
$cargo build --locked -p overenskommelse-uniffi --features cli --bin uniffi-bindgen --lib
library="$target/debug/libovk_uniffi.so"
[ -f "$library" ] || library="$target/debug/libovk_uniffi.dylib"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$target/debug/uniffi-bindgen" generate --no-format --library "$library" --language kotlin --out-dir "$out/kotlin"
"$target/debug/uniffi-bindgen" generate --no-format --library "$library" --language swift --out-dir "$out/swift"

# The places the packages read them from. SwiftPM reads a system library's module map as
# `module.modulemap`, and the module links the Rust library by name.
mkdir -p "$out/tree/kotlin/src/main/kotlin/se/overenskommelse" "$out/tree/swift/Sources/ovk_uniffiFFI" \
    "$out/tree/swift/Sources/OverenskommelseFFI"
cp "$out/kotlin/se/overenskommelse/ovk_uniffi.kt" "$out/tree/kotlin/src/main/kotlin/se/overenskommelse/"
cp "$out/swift/ovk_uniffiFFI.h" "$out/tree/swift/Sources/ovk_uniffiFFI/"
sed 's|^    export \*$|    link "ovk_uniffi"\n    export *|' "$out/swift/ovk_uniffiFFI.modulemap" \
    > "$out/tree/swift/Sources/ovk_uniffiFFI/module.modulemap"
cp "$out/swift/OverenskommelseFFI.swift" "$out/tree/swift/Sources/OverenskommelseFFI/"

stale=""
for file in kotlin/src/main/kotlin/se/overenskommelse/ovk_uniffi.kt swift/Sources/ovk_uniffiFFI/ovk_uniffiFFI.h \
    swift/Sources/ovk_uniffiFFI/module.modulemap swift/Sources/OverenskommelseFFI/OverenskommelseFFI.swift; do
    if $check; then
        cmp -s "$out/tree/$file" "bindings/$file" || stale="$stale bindings/$file"
    else
        mkdir -p "$(dirname "bindings/$file")"
        cp "$out/tree/$file" "bindings/$file"
    fi
done
if [ -n "$stale" ]; then
    echo "stale generated bindings:$stale" >&2
    echo "run \`make generate\` and commit the result" >&2
    exit 1
fi
