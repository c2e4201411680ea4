#!/usr/bin/env bash
# Builds the libFuzzer harness FuzzIntake.swift against release builds of the library modules
# (instrumented for coverage) and runs it. Usage: scripts/fuzz/run.sh [SECONDS] [libFuzzer options…]
# See scripts/fuzz/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-300}"; shift || true
scratch=.build/fuzz
swift build -c release --scratch-path "$scratch" --target Marsad -Xswiftc -sanitize=fuzzer
release="$scratch/release"
objects=$(ls "$release"/MarsadText.build/*.o "$release"/MarsadCore.build/*.o "$release"/MarsadIntake.build/*.o "$release"/Marsad.build/*.o)
swiftc -O -sanitize=fuzzer -parse-as-library scripts/fuzz/FuzzIntake.swift \
    -I "$release/Modules" -Xcc -fmodule-map-file=Sources/CZlib/module.modulemap \
    $objects -lz -o "$release/fuzz-intake"

# Seeds: the sample report, the dev corpus's lines, and a few shapes (mode byte first).
corpus="$scratch/corpus"; mkdir -p "$corpus" "$scratch/crashes"
if [ -z "$(ls -A "$corpus")" ]; then
    shared=../shared
    [ -f "$shared/seeds/karabakh-lavrov-2021-05-11.ar.txt" ] && { printf '\0'; cat "$shared/seeds/karabakh-lavrov-2021-05-11.ar.txt"; } > "$corpus/sample-plain"
    if [ -f "$shared/corpus/dev-news.jsonl" ]; then
        head -c 20000 "$shared/corpus/dev-news.jsonl" | { printf '\1'; cat; } > "$corpus/dev-jsonl"
        i=0; while IFS= read -r line && [ $i -lt 12 ]; do printf '\1%s\n' "$line" | head -c 4000 > "$corpus/dev-line-$i"; i=$((i+1)); done < "$shared/corpus/dev-news.jsonl"
    fi
    printf '\1{"text": "قال \\u0628\\ud83d\\ude00", "id": "", "published": "2021-05-11", "x": [[{}]]}\n{}\r\n' > "$corpus/json-shapes"
    printf '\2(سبوتنيك - 11 مايو 2021ء) قال لافروف: «نحن».\n\nوـبالأمس ﻻ ﷺ ١٠ أغسطس ٢٠١٥ م' > "$corpus/text-shapes"
fi
cd "$scratch"
exec ./release/fuzz-intake -max_total_time="$seconds" -max_len=4096 -timeout=10 -dict=../../scripts/fuzz/marsad.dict \
    -artifact_prefix=crashes/ -print_final_stats=1 "$@" corpus
