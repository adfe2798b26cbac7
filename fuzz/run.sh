#!/bin/sh
# fuzz/run.sh HARNESS [SECONDS] [libFuzzer options...]: fuzzes one harness (rules, case, repl, csv, dirtree,
# fastpath, lower)
# for SECONDS (default 1800) in fork mode, going on past crashes, timeouts and leaks.
#   working corpus:  fuzz/work/HARNESS/corpus   (seeded from fuzz/corpus/HARNESS)
#   crashes/hangs:   fuzz/work/HARNESS/artifacts/{crash,leak,timeout,oom}-*
#   log:             fuzz/work/HARNESS/fuzz.log
# The round-4 harnesses fastpath and lower take case and rule inputs: they are also seeded
# from fuzz/corpus/case and fuzz/corpus/rules, with case.dict and rules.dict. For fastpath over
# another rule set: CITE_RULES=tests/cli/compiled FUZZ_WORK=fastpath-kinds run.sh fastpath 900
set -eu
here=$(cd "$(dirname "$0")" && pwd)
h=${1:?usage: run.sh rules|case|repl|csv|dirtree|fastpath|lower [SECONDS] [options]}
secs=${2:-1800}
[ $# -ge 2 ] && shift 2 || shift $#
w="$here/work/${FUZZ_WORK:-$h}"    # FUZZ_WORK=NAME: another working directory (another rule set)
mkdir -p "$w/corpus" "$w/artifacts"
case "$h" in
    rules | lower | csv) len=65536 ;;
    *)             len=16384 ;;
esac
# the round-4 harnesses take the same inputs as case and rules: their seeds and dictionaries
case "$h" in
    fastpath) dict=case; seeds="$here/corpus/${FUZZ_WORK:-fastpath} $here/corpus/case" ;;
    lower)    dict=rules; seeds="$here/corpus/lower $here/corpus/rules" ;;
    *)        dict=$h; seeds="$here/corpus/$h" ;;
esac
dirs=""
for d in $seeds; do [ -d "$d" ] && dirs="$dirs $d"; done
cd "$w"
exec "$here/build/fuzz_$h" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 -max_len=$len \
    -dict="$here/$dict.dict" -artifact_prefix="$w/artifacts/" -print_final_stats=1 \
    "$@" "$w/corpus" $dirs >"$w/fuzz.log" 2>&1
