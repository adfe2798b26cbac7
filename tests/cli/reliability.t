# Reliability review (shared/reviews/reliability.md): each defect's reproducer, as a user runs it.
# D2: min and max take up to 8 values; the checker's array was 4 long (stack corruption, SIGSEGV)
$ T=${TMPDIR:-/tmp}/cite-rel; mkdir -p $T; printf 'rule a : number output "x" = min(1, 2, 3, 4, 5, 6, 7, 8)  cite "MPP 30-757.1"\nrule c : number output "z" = min(9, 2, 3, 4, 5, 6, 7, 8)  cite "MPP 30-757.1"\nrule b : number output "y" = max(1, 2, 3, 4, 5)  cite "MPP 30-757.1"\n' > $T/m.cite; cite eval $T/m.cite --facts tests/cli/cases/empty-object.json
a = 1  [MPP 30-757.1]
c = 2  [MPP 30-757.1]
b = 5  [MPP 30-757.1]
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-rel; printf 'rule a : number output "x" = max(1, 2, 3, 4, 5, 6, 7, 8, 9)  cite "MPP 30-757.1"\n' > $T/m9.cite; cite check $T/m9.cite 2>&1 | sed "s|$T|T|"
T/m9.cite:1:30: error: max takes two to eight values of one unit
    1 | rule a : number output "x" = max(1, 2, 3, 4, 5, 6, 7, 8, 9)  cite "MPP 30-757.1"
      |                              ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
1 error
[exit 0]
$ : 'D3: two symlinks to . in a rules directory made the walk visit 2^33 directories (a hang)'; T=${TMPDIR:-/tmp}/cite-rel/loop; rm -rf $T; mkdir -p $T; cp rules/case.cite $T/; ln -s . $T/x; ln -s . $T/y; timeout 10 "$CITE_BIN" check $T; echo "check: $?"; timeout 10 "$CITE_BIN" fmt --check $T; echo "fmt: $?"
ok: 1 module, 0 rules (0 versions), 30 inputs, 0 tables
check: 0
fmt: 0
[exit 0]
$ : 'D4: 100,000 overlapping exceptions took over 10 minutes (O(n^3)); now one error per exception, well under 5 s'; T=${TMPDIR:-/tmp}/cite-rel; { echo 'rule a : number output "x" = 1  cite "MPP 30-757.1"'; yes '  when true => 2  cite "MPP 30-757.1"' | head -100000; } > $T/w.cite; timeout 5 "$CITE_BIN" check $T/w.cite 2>&1 | tail -2; echo "check: ${PIPESTATUS[0]}"
cite: 99899 more errors not shown
99999 errors
check: 1
[exit 0]
$ T=${TMPDIR:-/tmp}/cite-rel; printf 'rule a : number output "x" = 1  cite "MPP 30-757.1"\n  when true => 2  cite "MPP 30-757.2"\n  when true => 3  cite "MPP 30-757.3"\n  when true => 4  cite "MPP 30-757.4"\n' > $T/w3.cite; cite check $T/w3.cite 2>&1 | sed "s|$T|T|" | grep error
T/w3.cite:3:3: error: two exceptions of 'a' can both apply: [MPP 30-757.2] when true, and [MPP 30-757.3] when true; make the conditions exclusive or give one a higher priority
T/w3.cite:4:3: error: two exceptions of 'a' can both apply: [MPP 30-757.2] when true, and [MPP 30-757.4] when true; make the conditions exclusive or give one a higher priority
2 errors
[exit 0]
$ : 'D6, D7: fmt keeps a private file private (0600 became 0644)'; T=${TMPDIR:-/tmp}/cite-rel/modes; rm -rf $T; mkdir -p $T; printf 'rule   a : number  =   1+2 cite "MPP 1"\n' > $T/p.cite; chmod 600 $T/p.cite; cite fmt $T/p.cite; stat -c '%a' $T/p.cite; cat $T/p.cite; ls -A $T
600
rule a : number
  = 1 + 2  cite "MPP 1"
p.cite
[exit 0]
$ : 'D7: a read-only file is refused and left as it is (it was rewritten, 0644)'; T=${TMPDIR:-/tmp}/cite-rel/modes; printf 'rule   a : number  =   1+2 cite "MPP 1"\n' > $T/ro.cite; chmod 444 $T/ro.cite; cite fmt $T/ro.cite 2>&1 | sed "s|$T|T|"; echo "fmt: ${PIPESTATUS[0]}"; stat -c '%a' $T/ro.cite; cat $T/ro.cite
cite: cannot write T/ro.cite: it is read-only (cite does not replace a file it may not write); it was left as it is
fmt: 2
444
rule   a : number  =   1+2 cite "MPP 1"
[exit 0]
$ : 'D7: fmt through a symbolic link formats its target and keeps the link (the link became a file)'; T=${TMPDIR:-/tmp}/cite-rel/links; rm -rf $T; mkdir -p $T; printf 'rule   a : number  =   1 cite "MPP 1"\n' > $T/target.cite; ln -s target.cite $T/link.cite; cite fmt $T/link.cite; readlink $T/link.cite; cat $T/target.cite
target.cite
rule a : number
  = 1  cite "MPP 1"
[exit 0]
$ : 'D6: a planted FILE.cite-tmp symbolic link is not followed (its target was overwritten)'; T=${TMPDIR:-/tmp}/cite-rel/planted; rm -rf $T; mkdir -p $T; echo precious > $T/victim.txt; printf 'rule   v : number  =   1 cite "MPP 1"\n' > $T/s.cite; ln -s victim.txt $T/s.cite.cite-tmp; cite fmt $T/s.cite; cat $T/victim.txt; test -L $T/s.cite && echo "s.cite is a link" || echo "s.cite is a file"
precious
s.cite is a file
[exit 0]
$ : 'D7: a file with two hard links is refused (replacing it split the links)'; T=${TMPDIR:-/tmp}/cite-rel/hard; rm -rf $T; mkdir -p $T; printf 'rule   v : number  =   1 cite "MPP 1"\n' > $T/a.cite; ln $T/a.cite $T/b.cite; cite fmt $T/a.cite 2>&1 | sed "s|$T|T|"; echo "fmt: ${PIPESTATUS[0]}"
cite: cannot write T/a.cite: it has more than one hard link, which replacing it would split; it was left as it is
fmt: 2
[exit 0]
$ : 'D6: :save never replaces a device node or a pipe (as root it replaced /dev/full); it keeps a 0600 case 0600'; T=${TMPDIR:-/tmp}/cite-rel/save; rm -rf $T; mkdir -p $T; mkfifo $T/fifo; cp examples/adult-ipo.json $T/c.json; chmod 600 $T/c.json; printf ':save %s\n:save %s\n' $T/fifo $T/c.json | cite repl rules --facts examples/adult-ipo.json | sed "s|$T|T|"; stat -c '%a %F' $T/fifo $T/c.json
error: cannot save to T/fifo: it is not a regular file (a device, a pipe or a socket); cite replaces only regular files
saved the case to T/c.json
644 fifo
600 regular file
[exit 0]
$ : 'minor: a directory given as a case is named as one (it read as an empty case)'; cite eval rules --facts tests/cli
cite: cannot read case tests/cli: Is a directory
[exit 2]
$ : 'D5: output to a full disk is an error for every command (each exited 0)'; for c in "check rules" "eval rules --facts examples/adult-ipo.json" "eval rules --facts examples/adult-ipo.json --json" "eval rules --facts examples/adult-ipo.json --explain" "whatif rules --facts examples/adult-ipo.json --set ranks.feeding=5" "test tests/scenarios" "run rules --cases tests/cli/run/cases.jsonl" "fmt --check tests/cli/fmt/messy.cite"; do cite $c > /dev/full 2>${TMPDIR:-/tmp}/cite-rel-err; echo "$? $c: $(grep 'cannot write' ${TMPDIR:-/tmp}/cite-rel-err)"; done; echo ranks.feeding | cite repl rules --facts examples/adult-ipo.json > /dev/full; echo "repl: $?"
2 check rules: cite: cannot write the output: No space left on device
2 eval rules --facts examples/adult-ipo.json: cite: cannot write the output: No space left on device
2 eval rules --facts examples/adult-ipo.json --json: cite: cannot write the output: No space left on device
2 eval rules --facts examples/adult-ipo.json --explain: cite: cannot write the output: No space left on device
2 whatif rules --facts examples/adult-ipo.json --set ranks.feeding=5: cite: cannot write the output: No space left on device
2 test tests/scenarios: cite: cannot write the output: No space left on device
2 run rules --cases tests/cli/run/cases.jsonl: cite: cannot write the output: No space left on device
2 fmt --check tests/cli/fmt/messy.cite: cite: cannot write the output: No space left on device
cite: cannot write the output: No space left on device
repl: 2
[exit 0]
$ : 'D5: run --out and --summary to a full disk are errors (exit 0, every example evaluated)'; T=${TMPDIR:-/tmp}/cite-rel; for f in examples/*.json; do tr -d '\n' < $f; echo; done > $T/3.jsonl; cite run rules --cases $T/3.jsonl --out /dev/full; echo "out: $?"; cite run rules --cases $T/3.jsonl --summary /dev/full > /dev/null; echo "summary: $?"
cite: cannot write /dev/full: No space left on device
cite run: 5 cases, 5 evaluated, 0 failed
out: 2
cite run: 5 cases, 5 evaluated, 0 failed
cite: cannot write /dev/full: No space left on device
summary: 2
[exit 0]
$ : 'D9b: --out the same file as --cases is refused (it truncated the caseload to 0 bytes)'; T=${TMPDIR:-/tmp}/cite-rel; cp tests/cli/run/cases.jsonl $T/same.jsonl; ln -sf same.jsonl $T/alias.jsonl; cite run rules --cases $T/same.jsonl --out $T/alias.jsonl 2>&1 | sed "s|$T|T|"; cmp tests/cli/run/cases.jsonl $T/same.jsonl && echo unchanged
cite: --out T/alias.jsonl is the --cases file itself; write the results to another file
unchanged
[exit 0]
$ : 'D9b: --cases a directory is an error (it was 0 cases, exit 0)'; cite run rules --cases tests/cli
cite: cannot read tests/cli: it is a directory; --cases names a .jsonl or .csv file
[exit 2]
$ : 'D9: --out is written to a temporary and renamed when complete: a stopped run leaves no file under the name (it left a torn file)'; T=${TMPDIR:-/tmp}/cite-rel/int; rm -rf $T; mkdir -p $T; { for i in $(seq 1500); do tr -d '\n' < examples/adult-ipo.json; echo; done; sleep 4; } | exec "$CITE_BIN" run rules --cases - --out $T/part.jsonl 2>$T/err & pid=$!; for i in $(seq 200); do ls $T/.part.jsonl.cite-* > /dev/null 2>&1 && break; sleep 0.1; done; sleep 0.2; kill -TERM $pid; wait $pid; echo "rc $?"; grep -v '^$' $T/err | sed "s|$T|T|"; ls -A $T
rc 143
cite: interrupted; T/part.jsonl was not written
err
[exit 0]
$ : 'D8: a reform total that overflows is too large, never a wrapped figure (it printed -7205759403792793:36, exit 0)'; T=${TMPDIR:-/tmp}/cite-rel/over; rm -rf $T; mkdir -p $T/base $T/reform; printf 'input m : hours/month "m"\nrule total : hours/month output "x" = m   cite "MPP 30-757.1"\n' > $T/base/r.cite; printf 'rule total : hours/month "x" = m + 0:01/month   cite "MPP 30-757.1"\n' > $T/reform/r.cite; yes '{"m": 9007199254740992}' | head -2000 > $T/big.jsonl; cite run $T/base --reform $T/reform --cases $T/big.jsonl --summary $T/s.json > /dev/null 2>$T/err; echo "rc $?"; sed -n '1p;/too large/p' $T/err; cat $T/s.json
rc 1
cite run: 2000 cases, 2000 evaluated, 0 failed, 2000 changed by the reform
    total                               too large    too large   too large     2000  hours/month
  (a total 'too large' does not fit in 64-bit exact arithmetic: it is not a figure)
{"cases": 2000, "evaluated": 2000, "failed": 0, "changed": 2000,
 "failures": [],
 "totals": {"total": {"before": null, "after": null, "difference": null, "cases_changed": 2000}},
 "changed_by_result": {"total": 2000},
 "by_program": {"result": "total", "groups": []},
 "distribution": {"result": "total", "buckets": [{"change": "change < -10:00", "from_minutes": null, "from_included": false, "to_minutes": -600, "to_included": false, "cases": 0}, {"change": "-10:00 <= change <= -1:00", "from_minutes": -600, "from_included": true, "to_minutes": -60, "to_included": true, "cases": 0}, {"change": "-1:00 < change < 0:00", "from_minutes": -60, "from_included": false, "to_minutes": 0, "to_included": false, "cases": 0}, {"change": "change = 0:00", "from_minutes": 0, "from_included": true, "to_minutes": 0, "to_included": true, "cases": 0}, {"change": "0:00 < change < +1:00", "from_minutes": 0, "from_included": false, "to_minutes": 60, "to_included": false, "cases": 2000}, {"change": "+1:00 <= change <= +10:00", "from_minutes": 60, "from_included": true, "to_minutes": 600, "to_included": true, "cases": 0}, {"change": "change > +10:00", "from_minutes": 600, "from_included": false, "to_minutes": null, "to_included": false, "cases": 0}]},
 "overflow": true}
[exit 0]
$ : 'D10: Ctrl-C at a continuation prompt cancels the pending command (it ran: feeding became 5)'; { printf 'ranks.feeding = 5 \\\n'; sleep 0.5; printf '\003'; sleep 0.5; printf '\nranks.feeding\n:quit\n:quit\n'; } | CITE_HISTORY=/dev/null script -qfec "$CITE_BIN repl rules --facts examples/adult-ipo.json" /dev/null | tr -d '\r' | sed 's/\x1b\[[0-9;?]*[a-zA-Z]//g' | grep -a '^ranks\[feeding\] = .*(fact'
ranks[feeding] = 3  (fact: the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks)
[exit 0]
$ : 'D11: a REPL line of 1 MiB or more gets a message (it vanished silently)'; { printf 'ranks.dressing = '; head -c 1048576 /dev/zero | tr '\0' ' '; printf '2\nranks.dressing\n'; } | cite repl rules --facts examples/adult-ipo.json
error: the line is 1048594 bytes long; the limit is 1048576; nothing of it was run
ranks[dressing] = 3  (fact: the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks)
[exit 0]
$ : 'D11: inside a continuation, the whole command is refused, not the long piece alone'; { printf 'ranks.dressing = \\\n'; head -c 1048576 /dev/zero | tr '\0' ' '; printf '\\\n2\nranks.dressing\n'; } | cite repl rules --facts examples/adult-ipo.json
error: the line is 1048596 bytes long; the limit is 1048576; nothing of it was run
ranks[dressing] = 3  (fact: the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks)
[exit 0]
$ : 'D12: CSV per RFC 4180: a BOM, a quoted line break, junk after a quote, a blank line (every row failed with the BOM; 3 cases for 2 records; ab"cd read as ab)'; T=${TMPDIR:-/tmp}/cite-rel; printf '\xef\xbb\xbfid,assessment_date,age,program,household_members\n"two\nlines",2026-01-05,40,IPO,1\n"ab"cd,2026-01-05,40,IPO,1\nx"y,2026-01-05,40,IPO,1\n   \nplain,2026-01-05,40,IPO,1\n' > $T/r.csv; cite run rules --cases $T/r.csv --query domestic_monthly
{"line": 2, "id": "two\nlines", "results": {"domestic_monthly": {"value": "0:00", "unit": "hours/month", "minutes": 0}}}
{"line": 4, "error": {"message": "line 4: error: text after a field's closing quote (write \"\" for a quote inside quotes)"}}
{"line": 5, "error": {"message": "line 5: error: a quote inside a field that does not start with one (quote the whole field)"}}
{"line": 7, "id": "plain", "results": {"domestic_monthly": {"value": "0:00", "unit": "hours/month", "minutes": 0}}}
cite run: 4 cases, 2 evaluated, 2 failed
  failed, by kind (each case's first error; standard output has them all):
        1  text after a field's closing quote (write "" for a quote inside quotes)
           e.g. line 4: text after a field's closing quote (write "" for a quote inside quotes)
        1  a quote inside a field that does not start with one (quote the whole field)
           e.g. line 5: a quote inside a field that does not start with one (quote the whole field)
[exit 1]
$ : 'D12: a header naming a column twice is refused (the last value was taken silently)'; T=${TMPDIR:-/tmp}/cite-rel; printf 'id,age,age\na,40,41\n' > $T/dup.csv; cite run rules --cases $T/dup.csv 2>&1 | sed "s|$T|T|"
cite: T/dup.csv: the header names 'age' twice (columns 2 and 3)
cite run: 0 cases, 0 evaluated, 0 failed
[exit 0]
$ : 'minor: a JSONL line of spaces alone is not a case (it counted as a failed case)'; printf '   \n\t\n' | cite run rules --cases -
cite run: 0 cases, 0 evaluated, 0 failed
[exit 0]
$ : 'D13: a scenario reads only files under the current directory and the PATHs given (it printed the first bytes of /etc/shadow)'; T=${TMPDIR:-/tmp}/cite-rel/peek; rm -rf $T; mkdir -p $T; printf 'rules rules\n\nscenario "peek"\n  source "MPP 30-757"\n  case /etc/shadow\nexpect\n  age = 1\n' > $T/peek.scenario; printf 'rules ../../../../../../../../../../etc\n\nscenario "up"\n  source "MPP 30-757"\nexpect\n  age = 1\n' > $T/up.scenario; cite test $T > $T/log 2>&1; echo "rc $?"; sed "s|$T|T|" $T/log
rc 2
T/peek.scenario:3: error: case /etc/shadow is outside the directories a scenario may read (the current directory and the PATHs given to cite test); it was not read
T/up.scenario:3: error: rules /etc is outside the directories a scenario may read (the current directory and the PATHs given to cite test); it was not read
0 passed, 2 failed
[exit 0]
$ : 'D14: case text must be UTF-8 without \u0000 (invalid bytes were copied into the JSONL output; ex\u0000ample read as ex)'; T=${TMPDIR:-/tmp}/cite-rel; printf '{"id": "ex\xff\xfeample"}\n{"id": "ex\\u0000ample"}\n{"id": "\xc0\xaf"}\n{"id": "Jos\xc3\xa9", "assessment_date": "2026-01-05", "age": 40, "program": "IPO", "household_members": 1}\n' > $T/u.jsonl; cite run rules --cases $T/u.jsonl --query domestic_monthly; cite whatif rules --facts examples/adult-ipo.json --set 'program="IP\u0000O"' 2>&1 | head -1
{"line": 1, "error": {"message": "line 1:1:11: error: the case is not valid UTF-8 text (save it as UTF-8)"}}
{"line": 2, "error": {"message": "line 2:1:11: error: the case holds \\u0000, a NUL character, which text in cite may not contain"}}
{"line": 3, "error": {"message": "line 3:1:9: error: the case is not valid UTF-8 text (save it as UTF-8)"}}
{"line": 4, "id": "José", "results": {"domestic_monthly": {"value": "0:00", "unit": "hours/month", "minutes": 0}}}
cite run: 4 cases, 1 evaluated, 3 failed
  failed, by kind (each case's first error; standard output has them all):
        2  #: error: the case is not valid UTF-# text (save it as UTF-#)
           e.g. line 1:1:11: error: the case is not valid UTF-8 text (save it as UTF-8)
        1  #: error: the case holds \u0000, a NUL character, which text in cite may not contain
           e.g. line 2:1:11: error: the case holds \u0000, a NUL character, which text in cite may not contain
cite: the value of program holds \u0000, a NUL character, which text in cite may not contain
[exit 0]
$ : 'D14: a rule file text that is not UTF-8 is an error (it was copied into citations)'; T=${TMPDIR:-/tmp}/cite-rel; printf 'rule a : number output "x" = 1 cite "MPP 30-757\xff"\n' > $T/u.cite; cite check $T/u.cite 2>&1 | sed "s|$T|T|" | head -1
T/u.cite:1:37: error: text is not valid UTF-8 (byte 0xff); save the file as UTF-8
[exit 0]
$ : 'D15: a case number cite cannot read exactly is refused, not rounded (4.9999999999999999999 was read as 5, 1e-400 as 0)'; T=${TMPDIR:-/tmp}/cite-rel; for v in 4.9999999999999999999 1e-400 9007199254740993 4.33 1e2; do printf '{"age": 40, "ranks": {"domestic": %s}}' $v > $T/n.json; cite eval rules --facts $T/n.json --query domestic_monthly 2>&1 | sed "s|$T|T|" | head -1 | cut -c1-120; done; cite whatif rules --facts examples/adult-ipo.json --set age=4.9999999999999999999
T/n.json:1:35: error: the number 4.9999999999999999999 cannot be read exactly (cite reads at most 15 significant digits,
T/n.json:1:35: error: the number 1e-400 cannot be read exactly (cite reads at most 15 significant digits, and no number 
T/n.json:1:35: error: the number 9007199254740993 cannot be read exactly (cite reads at most 15 significant digits, and 
T/n.json: error: fact 'ranks.domestic' is 4.33; allowed: a whole number from 1 to 6
T/n.json: error: fact 'ranks.domestic' is 100; allowed: a whole number from 1 to 6
cite: the value of age, 4.9999999999999999999, cannot be read exactly (at most 15 significant digits); it would be rounded
[exit 2]
$ : 'minor: --set with a 100 KB unknown name does not echo it all'; cite whatif rules --facts examples/adult-ipo.json --set "$(head -c 100000 /dev/zero | tr '\0' 'x')=1"
cite: unknown fact 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (100000 characters; names are at most 128)
[exit 2]
$ : 'minor: negative half minutes display as half_up rounds them (-2.5 minutes showed as -0:03; round(x, 0:01, half_up) gives -2)'; T=${TMPDIR:-/tmp}/cite-rel; printf 'rule a : hours output "minus two and a half minutes" = 0:00 - 5:00 / 120  cite "MPP 30-757.1"\nrule b : hours output "rounded by the language" = round(a, 0:01, half_up)  cite "MPP 30-757.1"\nrule c : hours output "plus two and a half" = 5:00 / 120  cite "MPP 30-757.1"\n' > $T/half.cite; cite eval $T/half.cite --facts tests/cli/cases/empty-object.json; cite eval $T/half.cite --facts tests/cli/cases/empty-object.json --json
a = -0:02 hours  [MPP 30-757.1]
b = -0:02 hours  [MPP 30-757.1]
c = 0:03 hours  [MPP 30-757.1]
{"results": {
  "a": {"value": "-0:02", "unit": "hours", "minutes": "-5/2"},
  "b": {"value": "-0:02", "unit": "hours", "minutes": -2},
  "c": {"value": "0:03", "unit": "hours", "minutes": "5/2"}
}}
[exit 0]
$ : 'minor: a rule file whose lines end in CR alone is refused with one clear error (every error was on line 1, and a comment ran to the end of the file)'; T=${TMPDIR:-/tmp}/cite-rel; printf -- '-- a comment\rrule a : number output "x" = 1  cite "MPP 30-757.1"\r' > $T/cr.cite; cite check $T/cr.cite 2>&1 | sed "s|$T|T|"; printf 'rule a : number output "x" = 1  cite "MPP 30-757.1"\r\nrule b : number output "y" = 2\r cite "MPP 30-757.1"\r\n' > $T/cr2.cite; cite check $T/cr2.cite 2>&1 | sed "s|$T|T|"; printf 'rule a : number output "x" = 1  cite "MPP 30-757.1"\r\n' > $T/crlf.cite; cite check $T/crlf.cite 2>&1 | sed "s|$T|T|"
T/cr.cite:1:13: error: the lines of this file end in a carriage return alone (CR, as old Mac OS wrote them); cite reads lines that end in LF or CRLF: convert the file first (tr '\r' '\n' < OLD > NEW)
    1 | -- a comment?rule a : number output "x" = 1  cite "MPP 30-757.1"?
      |             ^
1 error
T/cr2.cite:2:31: error: a carriage return (CR) stands alone here, not before a line feed: remove it (cite reads lines that end in LF or CRLF)
    2 | rule b : number output "y" = 2? cite "MPP 30-757.1"?
      |                               ^
1 error
ok: 1 module, 1 rule (1 version), 0 inputs, 0 tables
[exit 0]
$ : 'minor: :why of a fact names it as a fact (it answered "unknown name ranks; did you mean ranks?")'; printf ':why ranks.dressing\n' | cite repl rules --facts examples/adult-ipo.json
ranks[dressing] = 3  (fact: the Functional Index rank (1 to 6) of a task or mental function; it overrides its function's in fi_ranks)
  a fact of the case, not a result: it is not computed, so it has no explanation; read by ranked, rank, ranked_only_by_shared_function (:why one of them)
[exit 0]
$ : 'D6, D9: what cite will not write to, and says why'; T=${TMPDIR:-/tmp}/cite-rel/targets; rm -rf $T; mkdir -p $T/dir; ln -s missing.json $T/broken.json; printf ':save %s\n' $T/broken.json | cite repl rules --facts examples/adult-ipo.json | sed "s|$T|T|"; cite run rules --cases tests/cli/run/cases.jsonl --out $T/dir 2>&1 | sed "s|$T|T|"; cite run rules --cases tests/cli/run/cases.jsonl --out $T/no/such/dir/out.jsonl 2>&1 | sed "s|$T|T|"; ls -A $T
error: cannot save to T/broken.json: it is a symbolic link to a file that does not exist
cite: cannot write T/dir: it is a directory
cite: cannot write T/no/such/dir/out.jsonl: No such file or directory
broken.json
dir
[exit 0]
$ : 'D13: a scenario naming a case that does not exist, inside the tree, is read (and reported missing), not refused'; T=${TMPDIR:-/tmp}/cite-rel/scen; rm -rf $T; mkdir -p $T; printf 'rules %s/rules\n\nscenario "missing case"\n  source "MPP 30-757"\n  case ./sub/../none.json\nexpect\n  age = 1\n' "$PWD" > $T/m.scenario; cite test $T "$PWD/rules" 2>&1 | sed "s|$T|T|; s|$PWD|.|" | head -3
ERROR  missing case  (T/m.scenario:3)
  T/m.scenario:3: error: the case file does not read:
    cite: cannot read case T/none.json: No such file or directory
[exit 0]
