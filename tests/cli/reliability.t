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
ok: 1 module, 0 rules (0 versions), 17 inputs, 0 tables
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
