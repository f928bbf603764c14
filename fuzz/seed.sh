#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with seeds from the repository, so that every run starts from
# real documents and real time texts instead of from nothing:
#
#   check_bytes, differential  every examples/**/*.json, tests/conformance/base.json and
#                              tests/conformance/cases/*/document.json, as they are;
#   report                     the same documents behind report headers (see
#                              fuzz_targets/report.rs): Swedish with as_of 2018-12-31 and
#                              since 2018-06-15, and English with the document's own as_of;
#   time_parser                every "text" under a "time" in examples/, every phrase of
#                              tests/time/phrases.json, and the forms the README shows,
#                              behind time headers (see fuzz_targets/time_parser.rs): with
#                              the period 2018-01-01 to 2018-12-31, and without a period.
#
# A seed is named by the SHA-1 of its bytes, as libFuzzer names what it adds, so running this
# again adds nothing twice and keeps what the fuzzer found. Needs python3 (standard library).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/fuzz/corpus"

if command -v sha1sum > /dev/null; then
    sha1() { sha1sum | cut -d' ' -f1; }
else
    sha1() { shasum -a 1 | cut -d' ' -f1; }
fi

# add TARGET: stores standard input as a seed of TARGET.
add() {
    local dir="$corpus/$1" tmp
    mkdir -p "$dir"
    tmp="$(mktemp "$dir/.seed.XXXXXX")"
    cat > "$tmp"
    mv -f "$tmp" "$dir/$(sha1 < "$tmp")"
}

documents=()
while IFS= read -r -d '' file; do
    documents+=("$file")
done < <(find "$root/examples" "$root/tests/conformance" -name '*.json' \
    \( -path '*/examples/*' -o -path '*/cases/*/document.json' -o -name base.json \) -print0 | sort -z)

for file in "${documents[@]}"; do
    add check_bytes < "$file"
    add differential < "$file"
    # Flags 0b110: Swedish, the header's report date, a since date. 3286 and 3087 days after
    # 2010-01-01 are 2018-12-31 and 2018-06-15; stale days 0 keeps the default.
    { printf '\006\326\014\017\014\000'; cat "$file"; } | add report
    # Flags 0b001: English, the document's own as_of (else 2018-12-31), no since.
    { printf '\001\326\014\000\000\000'; cat "$file"; } | add report
done

# The time texts of the examples, each followed by a NUL.
time_texts() {
    python3 - "$root/examples" "$root/tests/time/phrases.json" <<'EOF'
import json
import sys
from pathlib import Path


def walk(node):
    if isinstance(node, dict):
        time = node.get("time")
        if isinstance(time, dict) and isinstance(time.get("text"), str):
            yield time["text"]
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


texts = set()
for path in sorted(Path(sys.argv[1]).rglob("*.json")):
    texts.update(walk(json.loads(path.read_text(encoding="utf-8"))))
# The time corpus.
corpus = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
texts.update(phrase["text"] for phrase in corpus["phrases"])
# The forms the README shows `ovk time` reading.
texts.update(["Löpande", "Startar våren 2018", "vecka 12", "April Mars, maj?", "vt 2019",
              "senast 30 november", "hösten 2019"])
for text in sorted(texts):
    sys.stdout.write(text + "\0")
EOF
}

count=0
while IFS= read -r -d '' text; do
    # Flags 1: the period 2018-01-01 to 2018-12-31 (year 2018 is 0x07e2), with the common events.
    { printf '\001\342\007\001\001\342\007\014\037'; printf '%s' "$text"; } | add time_parser
    # Flags 0: no period, with the common events.
    { printf '\000\000\000\000\000\000\000\000\000'; printf '%s' "$text"; } | add time_parser
    count=$((count + 1))
done < <(time_texts)

for target in check_bytes differential report time_parser; do
    echo "corpus/$target: $(find "$corpus/$target" -type f | wc -l | tr -d ' ') files"
done
echo "(from ${#documents[@]} documents and $count time texts)"
