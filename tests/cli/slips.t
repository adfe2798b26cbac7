$ cite check tests/cli/slips/reserved.cite
tests/cli/slips/reserved.cite:1:7: error: unexpected 'week', expected name; 'week' is a reserved word of cite: choose another name
    1 | input week : number "x"
      |       ^~~~
tests/cli/slips/reserved.cite:2:23: error: unexpected 'week', expected an expression; 'week' is a reserved word of cite: choose another name
    2 | rule r : number "r" = week  cite "MPP 30-757.1"
      |                       ^~~~
2 errors
[exit 1]
$ cite check tests/cli/slips/day.cite
tests/cli/slips/day.cite:1:7: error: unexpected 'day', expected name; 'day' is a reserved word of cite: choose another name
    1 | input day : date  "the day"
      |       ^~~
1 error
[exit 1]
$ cite check tests/cli/slips/ops.cite
tests/cli/slips/ops.cite:3:29: error: unexpected '<', expected '..', '+', '-', '*' or '/'; comparisons do not chain: write 'n in 1..3' for a range, or join two with 'and'
    3 | rule s : number "s" = 1 < n < 3  cite "MPP 30-757.1"
      |                             ^
tests/cli/slips/ops.cite:4:23: error: unexpected '=', expected a declaration (import, enum, input, table, rule) or end of file; to compare, write '==' ('=' only introduces a value)
    4 | rule t : bool "t" = n = 3  cite "MPP 30-757.1"
      |                       ^
tests/cli/slips/ops.cite:5:28: error: '&&' is written 'and' in cite
    5 | rule u : bool "u" = n == 3 && n > 1  cite "MPP 30-757.1"
      |                            ^~
3 errors
[exit 1]
$ cite check tests/cli/slips/units.cite
tests/cli/slips/units.cite:2:21: error: cannot compare hours/week and hours: write the time as a rate too, 20:00/week
    2 | rule c : bool "c" = w > 20:00  cite "MPP 30-757"
      |                     ^~~~~~~~~
tests/cli/slips/units.cite:3:29: error: rule 'low' is hours/week, but this is number: a time is written H:MM, 5:00/week
    3 | rule low : hours/week "x" = 5  cite "MPP 30-757"
      |                             ^
2 errors
[exit 1]
$ printf 'rule x = 1 cite "MPP 30-757"\n' > "${TMPDIR:-/tmp}/cite-slip.cite"; cite check "${TMPDIR:-/tmp}/cite-slip.cite" 2>&1 | sed "s|${TMPDIR:-/tmp}|TMP|" | head -1
TMP/cite-slip.cite:1:8: error: unexpected '=', expected ':'
[exit 0]
