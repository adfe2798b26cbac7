$ cp --no-preserve=mode tests/cli/fmt/messy.cite "${TMPDIR:-/tmp}/messy.cite"; cite fmt --check "${TMPDIR:-/tmp}/messy.cite" | sed "s|${TMPDIR:-/tmp}|TMP|"; cite fmt "${TMPDIR:-/tmp}/messy.cite"; cat "${TMPDIR:-/tmp}/messy.cite"; cite fmt --check "${TMPDIR:-/tmp}/messy.cite"
TMP/messy.cite
-- a file typed in a hurry
input age : number (0..130)  "age"  -- trailing comment
input program : Program      "the program"

enum Program {
  PCSP, IPO, IHSS_R, CFCO,
}

table nsi : Program -> hours/month
  cite "ACIN I-28-06"
  PCSP  283:00  cite "ACIN I-28-06"
  IPO   195:00  cite "ACL 11-19"

rule max : hours/month output
  "the maximum"
  = nsi[program]                                         cite "ACIN I-28-06"
  when age < 18 priority 2 => 283:00/month               cite "ACL 14-60"  -- minors
  when program == IPO and age >= 65 => -(-195:00/month)  cite "ACL 11-19"
[exit 0]
$ cite fmt --check rules stdlib
[exit 0]
$ cp --no-preserve=mode tests/cli/bad/syntax.cite "${TMPDIR:-/tmp}/broken.cite"; cite fmt "${TMPDIR:-/tmp}/broken.cite" 2>&1 | sed "s|${TMPDIR:-/tmp}|TMP|"; cmp tests/cli/bad/syntax.cite "${TMPDIR:-/tmp}/broken.cite" && echo unchanged
TMP/broken.cite:5:19: error: unexpected 'cite', expected ')'
    5 |   = (x + 2        cite "MPP 30-757.1"
      |                   ^~~~
cite: TMP/broken.cite does not parse; it was left as it is
unchanged
[exit 0]
$ cite fmt
cite: fmt needs the .cite FILEs to format (- for standard input)
(cite --help shows the commands and their options)
[exit 2]
$ cite fmt - < tests/cli/fmt/messy.cite | cmp - <(cp --no-preserve=mode tests/cli/fmt/messy.cite "${TMPDIR:-/tmp}/messy2.cite"; cite fmt "${TMPDIR:-/tmp}/messy2.cite"; cat "${TMPDIR:-/tmp}/messy2.cite") && echo "fmt - writes what fmt FILE writes"
fmt - writes what fmt FILE writes
[exit 0]
$ printf 'rule x : number = (1\n' | cite fmt -
<stdin>:1:21: error: unexpected end of file, expected ')'
    1 | rule x : number = (1
      |                     ^
cite: <stdin> does not parse; it was left as it is
[exit 1]
$ cite fmt --diff tests/cli/fmt/messy.cite | sed -n 1,12p
--- tests/cli/fmt/messy.cite
+++ tests/cli/fmt/messy.cite
@@ -1,12 +1,18 @@
 -- a file typed in a hurry
-input   age:number(0..130)   "age"   -- trailing comment
-input program : Program "the program"
-enum Program {PCSP,IPO,
-  IHSS_R, CFCO}
-table nsi : Program->hours/month cite "ACIN I-28-06"
-  PCSP 283:00 cite "ACIN I-28-06"
-  IPO 195:00 cite "ACL 11-19"
-rule max : hours/month output "the maximum"
[exit 0]
$ cite fmt --diff tests/cli/fmt/messy.cite > /dev/null; echo "exit $?"; cite fmt --diff rules; echo "rules: exit $?"
exit 1
rules: exit 0
[exit 0]
$ cp --no-preserve=mode tests/cli/fmt/messy.cite "${TMPDIR:-/tmp}/messy3.cite"; cite fmt --diff "${TMPDIR:-/tmp}/messy3.cite" | patch -s "${TMPDIR:-/tmp}/messy3.cite" && cite fmt --check "${TMPDIR:-/tmp}/messy3.cite" && echo "the diff, applied by patch, gives the formatted file"
the diff, applied by patch, gives the formatted file
[exit 0]
$ cite check --diff rules
cite: check does not take --diff (it is an option of fmt)
(cite check --help shows its options)
[exit 2]
$ : 'fmt --diff of a file with no newline at its end marks the line, as diff does'; printf 'rule a : number output "x" =   1  cite "MPP 30-1"' | cite fmt --diff -
--- <stdin>
+++ <stdin>
@@ -1,1 +1,3 @@
-rule a : number output "x" =   1  cite "MPP 30-1"
\ No newline at end of file
+rule a : number output
+  "x"
+  = 1  cite "MPP 30-1"
[exit 1]
$ : 'two changes 7 lines apart share one hunk (their contexts touch); a change far off gets its own'; T=${TMPDIR:-/tmp}/cite-diff; rm -rf $T; mkdir -p $T; sed '19s/= 0:00/=    0:00/; 26s/=> 6:00/=>   6:00/; 66s/=> domestic_capped/=>  domestic_capped/' rules/domestic.cite > $T/d.cite; cite fmt --diff $T/d.cite | grep '^@@'
@@ -16,14 +16,14 @@
@@ -63,7 +63,7 @@
[exit 0]
$ : 'a file changed on every one of its 2100 lines (past 2000 edits) is one hunk replacing it all, and patch applies it'; T=${TMPDIR:-/tmp}/cite-diff; seq 2100 | sed 's/.*/rule r&  : number output "x" = &  cite "MPP 30-1"/' > $T/big.cite; cite fmt --diff $T/big.cite > $T/patch; grep '^@@' $T/patch; patch -s $T/big.cite < $T/patch && cite fmt --check $T/big.cite && echo "patched: in fmt's layout"
@@ -1,2100 +1,8399 @@
patched: in fmt's layout
[exit 0]
