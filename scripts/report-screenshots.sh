#!/bin/sh
# Screenshots of the full HTML report of the region example, in Swedish and English, with
# headless Chromium (Debian's `chromium`), for checking the printable page by eye:
#   scripts/report-screenshots.sh [OUT_DIR]   (default target/screenshots)
set -eu
out="${1:-target/screenshots}"
mkdir -p "$out"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
    echo "chromium is not installed (Debian: apt-get install chromium)" >&2
    exit 2
fi
for lang in sv en; do
    cargo run -q -p ovk -- report examples/region/overenskommelse.json --format html \
        --lang "$lang" -o "$out/region-$lang.html"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size=1200,11000 --screenshot="$out/region-$lang.png" \
        "file://$(realpath "$out/region-$lang.html")" 2>/dev/null
    echo "$out/region-$lang.png"
done
