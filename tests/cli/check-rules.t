# Rules and tables declared wrong: overlapping exceptions on fields, table entries and a
# rule's parameter; two asof inputs; empty key ranges; a table without a citation; rules
# nested deeper than evaluation goes; loops nested deeper than the checker allows.
$ cite check tests/cli/bad/overlap-paths.cite
tests/cli/bad/overlap-paths.cite:41:8: error: 'when' needs a condition, not number
   41 |   when 3 => 1                          cite "MPP 30-757.11"
      |        ^
tests/cli/bad/overlap-paths.cite:27:3: error: two exceptions of 'both_field' can both apply: [MPP 30-757.11] when ps.asked, and [MPP 30-757.12] when ps.asked and ps.urgent; make the conditions exclusive or give one a higher priority
   27 |   when ps.asked and ps.urgent => 2     cite "MPP 30-757.12"
      |   ^~~~
tests/cli/bad/overlap-paths.cite:26:3: note: the other exception
   26 |   when ps.asked => 1                   cite "MPP 30-757.11"
      |   ^~~~
tests/cli/bad/overlap-paths.cite:32:3: error: two exceptions of 'both_entry' can both apply: [MPP 30-757.11] when done[laundry], and [MPP 30-757.12] when done[feeding]; make the conditions exclusive or give one a higher priority
   32 |   when done[feeding] => 2              cite "MPP 30-757.12"
      |   ^~~~
tests/cli/bad/overlap-paths.cite:31:3: note: the other exception
   31 |   when done[laundry] => 1              cite "MPP 30-757.11"
      |   ^~~~
tests/cli/bad/overlap-paths.cite:37:3: error: two exceptions of 'both_member' can both apply: [MPP 30-757.11] when t == laundry, and [MPP 30-757.12] when t != feeding; make the conditions exclusive or give one a higher priority
   37 |   when t != feeding => 2               cite "MPP 30-757.12"
      |   ^~~~
tests/cli/bad/overlap-paths.cite:36:3: note: the other exception
   36 |   when t == laundry => 1               cite "MPP 30-757.11"
      |   ^~~~
4 errors
[exit 1]
$ cite check tests/cli/bad/rules-tables.cite
tests/cli/bad/rules-tables.cite:4:7: error: only one input can be 'asof'; first_day already is
    4 | input second_day : date asof "another assessment date"
      |       ^~~~~~~~~~
tests/cli/bad/rules-tables.cite:5:7: error: 'asof' marks the date that selects rule versions; age is number
    5 | input age : number asof "the age"
      |       ^~~
tests/cli/bad/rules-tables.cite:7:21: error: the key range is empty
    7 | table steps : Task, 5..1 -> number cite "MPP 30-757.14"
      |                     ^
tests/cli/bad/rules-tables.cite:10:3: error: 'zzqqxv' is not a member of Task
   10 |   zzqqxv 1
      |   ^~~~~~
tests/cli/bad/rules-tables.cite:12:20: error: unknown enum 'Chore'
   12 | rule per_chore[c : Chore] : number "x" = 1              cite "MPP 30-757.1"
      |                    ^~~~~
tests/cli/bad/rules-tables.cite:13:15: error: a rule computes one value; for a value per member write rule listed[x : Enum]
   13 | rule listed : list of number "x" = 1                    cite "MPP 30-757.1"
      |               ^~~~~~~~~~~~~~
tests/cli/bad/rules-tables.cite:13:36: error: rule 'listed' is list of number, but this is number
   13 | rule listed : list of number "x" = 1                    cite "MPP 30-757.1"
      |                                    ^
7 errors
[exit 1]
$ cite check tests/cli/bad/table-no-cite.cite
tests/cli/bad/table-no-cite.cite:3:7: error: table 'guideline' has no citation: add cite "..." naming the law it comes from
    3 | table guideline : Task, 2..3 -> hours/week
      |       ^~~~~~~~~
1 error
[exit 1]
$ for i in $(seq 1 401); do echo "rule r$i : number \"x\" = r$((i + 1)) + 1  cite \"MPP 30-757.1\""; done > "$TMPDIR/deep.cite"; echo "rule r402 : number output \"x\" = 1  cite \"MPP 30-757.1\"" >> "$TMPDIR/deep.cite"; cd "$TMPDIR" && cite check deep.cite
deep.cite:401:6: error: rules depend on rules more than 400 levels deep (at 'r401')
  401 | rule r401 : number "x" = r402 + 1  cite "MPP 30-757.1"
      |      ^~~~
1 error
[exit 1]
$ b=true; for i in $(seq 1 33); do b="any($b for v$i in Task)"; done; printf "enum Task \"a task\" { laundry }\nrule deep : bool \"x\" = %s  cite \"MPP 30-757.1\"\n" "$b" > "$TMPDIR/loops.cite"; cd "$TMPDIR" && cite check loops.cite
loops.cite:2:165: error: more than 32 nested loops
    2 | ...ny(any(any(any(any(any(any(any(any(any(any(any(any(any(any(any(any(any(true for v1 in Task) for v2 in Task) for v3 in Task) for v4 in Task) for v5 in Task) for v6 in Task) for v7 in Task) for v8 in Ta...
      |                                                                                    ^~
1 error
[exit 1]
