#!/bin/sh
# Fuzzes toml++ (the TOML parser inside TOMLKit) behind byline_toml_refusal with libFuzzer:
# every input the check passes is parsed by toml++ built with its assertions on and with
# AddressSanitizer and UndefinedBehaviorSanitizer, so an input that makes toml++ abort or
# reach undefined behaviour is a crash saved under $WORK/crashes. Usage, from the package root
# after `swift build` (which checks TOMLKit out):
#   Sources/CTOMLGuard/fuzz-toml-guard.sh [SECONDS]      # default 300
# Seeds: themes/*.toml. Needs the Swift toolchain's clang++ (it ships libFuzzer).
set -eu
seconds=${1:-300}
root=$(pwd)
toml=$root/.build/checkouts/TOMLKit/Sources/CTOML/Sources/toml.hpp
[ -f "$toml" ] || { echo "fuzz-toml-guard: $toml not found (run swift build first)" >&2; exit 1; }
WORK=${WORK:-/tmp/byline-fuzz-toml-guard}
mkdir -p "$WORK/corpus" "$WORK/crashes"
cp "$root"/themes/*.toml "$WORK/corpus/"
cat > "$WORK/harness.cpp" <<'CPP'
#define TOML_EXCEPTIONS 1
#include "toml.hpp"
#include <cstdint>
#include <string>
extern "C" const char *byline_toml_refusal(const char *text, size_t length, size_t *line);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    std::string text(reinterpret_cast<const char *>(data), size);
    if (byline_toml_refusal(text.data(), text.size(), nullptr) != nullptr) return 0;
    try {
        auto table = toml::parse(std::string_view(text));
        (void)table;
    } catch (const toml::parse_error &) {
    }
    return 0;
}
CPP
flags="-g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined"
clang -c $flags -fsanitize=fuzzer-no-link -I"$root/Sources/CTOMLGuard/include" \
    "$root/Sources/CTOMLGuard/toml_guard.c" -o "$WORK/guard.o"
clang++ -std=c++17 $flags -fsanitize=fuzzer -I"$(dirname "$toml")" "$WORK/harness.cpp" "$WORK/guard.o" \
    -o "$WORK/fuzz" 2>/dev/null
"$WORK/fuzz" -max_len=512 -max_total_time="$seconds" -artifact_prefix="$WORK/crashes/" "$WORK/corpus"
