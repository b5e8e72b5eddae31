#!/bin/sh
# Builds the libFuzzer target BylineFuzz and runs it on one core.
#
# Usage: Sources/BylineFuzz/run-fuzzer.sh [SECONDS] [-- extra libFuzzer flags]
#   SECONDS   total fuzzing time (-max_total_time), default 600.
# Environment:
#   FUZZ_WORK     working directory for corpus and crashes (default: a new mktemp -d under
#                 /tmp); never inside the repository.
#   FUZZ_MAX_LEN  largest input in bytes (-max_len), default 4096.
#   FUZZ_LOG      also append libFuzzer's log (fuzz-0.log) to this file afterwards.
# Reusing FUZZ_WORK continues from the corpus of an earlier run.
#
# The seed corpus is made from the test fixtures (copied, never written into the repository)
# plus hostile inputs written by the normal (non-libFuzzer) build of BylineFuzz.
# Crashes, timeouts and out-of-memory inputs land in $FUZZ_WORK/crashes; replay one with
#   swift build --scratch-path .build-fuzz --product BylineFuzz && .build-fuzz/debug/BylineFuzz FILE
set -eu

seconds=${1:-600}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
work=${FUZZ_WORK:-$(mktemp -d /tmp/byline-fuzz.XXXXXX)}
max_len=${FUZZ_MAX_LEN:-4096}
mkdir -p "$work/corpus" "$work/crashes" "$work/seeds"
export LANG=C.UTF-8

echo "== building the fuzzer (release, -sanitize=fuzzer) into .build-fuzzer"
swift build -c release --scratch-path .build-fuzzer --product BylineFuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DBYLINE_LIBFUZZER -Xswiftc -g
fuzzer="$root/.build-fuzzer/release/BylineFuzz"

echo "== building the replayer (debug) into .build-fuzz, for seeds and for replaying crashes"
swift build --scratch-path .build-fuzz --product BylineFuzz
replayer="$root/.build-fuzz/debug/BylineFuzz"

echo "== seed corpus in $work/seeds"
for f in Tests/ArticleParsingTests/Fixtures/*.txt Tests/ArticleAnalysisTests/Fixtures/quotes/*.txt Tests/ArticleAnalysisTests/Fixtures/entities/*.txt Tests/ArticleHTMLTests/Fixtures/*.html Tests/ArticleMarkdownTests/Fixtures/*.md; do
    [ -f "$f" ] && cp "$f" "$work/seeds/$(basename "$(dirname "$f")")-$(basename "$f")"
done
"$replayer" --seeds "$work/seeds" 64

echo "== fuzzing for $seconds s (one core), max_len $max_len; log: $work/fuzz-0.log"
# -jobs=1 -workers=1: one fuzzing process, on one core (the machine is shared); libFuzzer
# then writes its log to fuzz-0.log in the current directory, so run from $work.
cd "$work"
set +e
"$fuzzer" "$work/corpus" "$work/seeds" -jobs=1 -workers=1 -max_total_time="$seconds" \
    -max_len="$max_len" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/crashes/" "$@"
status=$?
set -e
cd "$root"
[ -n "${FUZZ_LOG:-}" ] && cat "$work/fuzz-0.log" >> "$FUZZ_LOG"
grep -E "^#[0-9]+.*(INITED|DONE)|^stat::|==[0-9]+== ERROR|SUMMARY|Test unit written" "$work/fuzz-0.log" | tail -n 12

echo "== corpus: $(ls "$work/corpus" | wc -l) inputs in $work/corpus"
crashes=$(ls "$work/crashes" | wc -l)
echo "== crashes: $crashes in $work/crashes"
if [ "$crashes" -gt 0 ]; then
    echo "replay one with: $replayer $work/crashes/<file>"
    echo "minimise one with: $fuzzer -minimize_crash=1 -runs=100000 -artifact_prefix=$work/crashes/min- $work/crashes/<file>"
fi
exit $status
