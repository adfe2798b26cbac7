#!/bin/sh
# fuzz/replay.sh: replays fuzz/regressions through the matching harness and through the CLI
# built with the same sanitizers (fuzz/build/cite-asan), then the corpora once (-runs=0).
# Prints one line per input and exits 1 when any fails. Build first with fuzz/build.sh.
#   harness:  rules-*, eval-*, fmt-* -> fuzz_rules; case-* -> fuzz_case; repl-* -> fuzz_repl;
#             and the round-4 differential harnesses: case-* -> fuzz_fastpath, eval-* -> fuzz_lower
#   CLI (as tests/run-all does): rules-* cite check; case-* cite eval rules --facts;
#            repl-* cite repl rules --facts examples/adult-ipo.json; eval-* cite eval FILE
#            --facts tests/cli/cases/empty-object.json; fmt-* cite fmt, then fmt --check (0)
# A sanitizer report or a signal is a failure; exit statuses 0, 1, 2 are not (fmt-*: only 0).
set -u
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
b=${FUZZ_OUT:-"$here/build"}
tmp=${TMPDIR:-/tmp}/cite-replay.$$
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
fails=0
verdict() {  # name what rc log
    if [ "$3" -le 2 ] && ! grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$4"; then
        echo "ok    $2 $1"
    else
        echo "FAIL  $2 $1 (exit $3)"; grep -m3 -E 'ERROR|runtime error|SUMMARY' "$4" | sed 's/^/      /'
        fails=$((fails + 1))
    fi
}
cd "$top" || exit 2
for f in fuzz/regressions/*; do
    n=${f##*/}
    case $n in
        rules-* | eval-* | fmt-*) h=rules ;;
        case-*) h=case ;;
        repl-*) h=repl ;;
        *) continue ;;
    esac
    case $n in *.txt | *.sh) continue ;; esac
    timeout 60 "$b/fuzz_$h" -timeout=10 -rss_limit_mb=2048 "$f" >"$tmp/log" 2>&1
    verdict "$n" "fuzz_$h " $? "$tmp/log"
    case $n in
        case-*) d=fastpath ;;
        eval-*) d=lower ;;
        *) d= ;;
    esac
    if [ -n "$d" ] && [ -x "$b/fuzz_$d" ]; then
        # where one evaluator runs out of stack and the other does not, they may differ
        # (the one divergence allowed: a resource limit; see README.md, after round 4)
        FUZZ_DIFF_SKIP_KNOWN=1 timeout 60 "$b/fuzz_$d" -timeout=10 -rss_limit_mb=2048 "$f" >"$tmp/log" 2>&1
        verdict "$n" "fuzz_$d" $? "$tmp/log"
    fi
    case $n in
        rules-*) cp "$f" "$tmp/r.cite"; timeout 30 "$b/cite-asan" check "$tmp/r.cite" ;;
        case-*)  CITE_PATH=stdlib timeout 30 "$b/cite-asan" eval rules --facts "$f" ;;
        repl-*)  CITE_PATH=stdlib timeout 30 "$b/cite-asan" repl rules --facts examples/adult-ipo.json <"$f" ;;
        eval-*)  CITE_PATH=stdlib timeout 30 "$b/cite-asan" eval "$f" --facts tests/cli/cases/empty-object.json ;;
        fmt-*)   cp "$f" "$tmp/r.cite"; timeout 30 "$b/cite-asan" fmt "$tmp/r.cite" &&
                     timeout 30 "$b/cite-asan" fmt --check "$tmp/r.cite" ;;
    esac >/dev/null 2>"$tmp/log"
    rc=$?
    case $n in fmt-*) [ $rc -eq 0 ] || rc=3 ;; esac     # fmt must succeed, not just not crash
    verdict "$n" "cite-asan" $rc "$tmp/log"
done
for h in rules case repl fastpath lower fastpath-kinds csv dirtree; do
    bin=${h%-kinds}
    [ -d "$here/corpus/$h" ] && [ -x "$b/fuzz_$bin" ] || continue
    case $h in *-kinds) rules=${CITE_TOP:-$top}/tests/cli/compiled ;; *) rules=${CITE_RULES:-} ;; esac
    CITE_RULES=$rules timeout 600 "$b/fuzz_$bin" -runs=0 -timeout=10 -rss_limit_mb=2048 "$here/corpus/$h" >"$tmp/log" 2>&1
    verdict "corpus/$h ($(ls "$here/corpus/$h" | wc -l) files)" "fuzz_$bin" $? "$tmp/log"
done
[ "$fails" -eq 0 ] && echo "all passed" || echo "$fails failed"
[ "$fails" -eq 0 ]
