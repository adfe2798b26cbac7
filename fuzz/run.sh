#!/bin/sh
# fuzz/run.sh HARNESS [SECONDS] [libFuzzer options...]: fuzzes one harness (rules, case, repl)
# for SECONDS (default 1800) in fork mode, going on past crashes, timeouts and leaks.
#   working corpus:  fuzz/work/HARNESS/corpus   (seeded from fuzz/corpus/HARNESS)
#   crashes/hangs:   fuzz/work/HARNESS/artifacts/{crash,leak,timeout,oom}-*
#   log:             fuzz/work/HARNESS/fuzz.log
set -eu
here=$(cd "$(dirname "$0")" && pwd)
h=${1:?usage: run.sh rules|case|repl [SECONDS] [options]}
secs=${2:-1800}
[ $# -ge 2 ] && shift 2 || shift $#
w="$here/work/$h"
mkdir -p "$w/corpus" "$w/artifacts"
case "$h" in
    rules) len=65536 ;;
    *)     len=16384 ;;
esac
cd "$w"
exec "$here/build/fuzz_$h" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$secs" -timeout=5 -rss_limit_mb=2048 -max_len=$len \
    -dict="$here/$h.dict" -artifact_prefix="$w/artifacts/" -print_final_stats=1 \
    "$@" "$w/corpus" "$here/corpus/$h" >"$w/fuzz.log" 2>&1
