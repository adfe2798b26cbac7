# Declarations that clash or name what does not exist: each is reported at its place, all in one run.
$ cite check tests/cli/bad/decls.cite
tests/cli/bad/decls.cite:3:6: error: 'Task' is already declared as an enum
    3 | enum Task "the task again" { feeding }
      |      ^~~~
tests/cli/bad/decls.cite:2:6: note: the other declaration of 'Task'
    2 | enum Task "a task" { domestic, laundry, domestic }
      |      ^~~~
tests/cli/bad/decls.cite:9:7: error: 'age' is already declared as an input
    9 | input age : number "the age again"
      |       ^~~
tests/cli/bad/decls.cite:8:7: note: the other declaration of 'age'
    8 | input age : number "age"
      |       ^~~
tests/cli/bad/decls.cite:25:7: error: 'age' is already declared as an input
   25 | table age : Task -> number cite "MPP 30-757.1"
      |       ^~~
tests/cli/bad/decls.cite:8:7: note: the other declaration of 'age'
    8 | input age : number "age"
      |       ^~~
tests/cli/bad/decls.cite:29:6: error: 'grid' is already declared as a table
   29 | rule grid : number "x" = 1 cite "MPP 30-757.1"
      |      ^~~~
tests/cli/bad/decls.cite:27:7: note: the other declaration of 'grid'
   27 | table grid : Task -> range hours cite "MPP 30-757.1"
      |       ^~~~
tests/cli/bad/decls.cite:2:41: error: 'domestic' is listed twice in enum Task
    2 | enum Task "a task" { domestic, laundry, domestic }
      |                                         ^~~~~~~~
tests/cli/bad/decls.cite:4:12: error: unknown enum 'Tsk'; did you mean 'Task'?
    4 | enum Chore = Tsk "a chore" { domestic }
      |            ^~~~~
tests/cli/bad/decls.cite:5:11: error: enum Loop is a subset of itself
    5 | enum Loop = Loop "a subset of itself" { domestic }
      |           ^~~~~~
tests/cli/bad/decls.cite:6:42: error: 'ironing' is not a member of Task, so it cannot be in its subset Some
    6 | enum Some = Task "some tasks" { laundry, ironing }
      |                                          ^~~~~~~
tests/cli/bad/decls.cite:10:16: error: unknown type 'nmber'; did you mean 'number'?
   10 | input weight : nmber "weight"
      |                ^~~~~
tests/cli/bad/decls.cite:11:16: error: unknown type 'zzqqxyk' (bool, number, text, date, days, hours, hours/week, hours/month, or an enum)
   11 | input colour : zzqqxyk "a colour"
      |                ^~~~~~~
tests/cli/bad/decls.cite:12:21: error: unknown enum 'Tsk'; did you mean 'Task'?
   12 | input ranks : table Tsk -> number "ranks"
      |                     ^~~
tests/cli/bad/decls.cite:13:40: error: field 'asked' is listed twice
   13 | input request : { asked: bool "asked", asked: date "when" } "the request"
      |                                        ^~~~~
tests/cli/bad/decls.cite:14:20: error: only numbers, durations, days and dates take a range of allowed values
   14 | input flag : bool (1..2) "a flag"
      |                    ^
tests/cli/bad/decls.cite:15:24: error: the range of allowed values is empty (low above high)
   15 | input people : number (5..1) "people"
      |                        ^
tests/cli/bad/decls.cite:16:21: error: the range of allowed values is empty (low above high)
   16 | input start : date (2024-02-01..2024-01-01) "a start"
      |                     ^~~~~~~~~~
tests/cli/bad/decls.cite:17:24: error: expected a literal number here
   17 | input count : number = "three" "a count"
      |                        ^~~~~~~
tests/cli/bad/decls.cite:18:21: error: expected a literal days here
   18 | input late : days = 1.5 "days late"
      |                     ^~~
tests/cli/bad/decls.cite:19:21: error: 'ironing' is not a member of Task
   19 | input task : Task = ironing "the task"
      |                     ^~~~~~~
tests/cli/bad/decls.cite:20:21: error: expected a literal date here
   20 | input born : date = 5 "born"
      |                     ^
tests/cli/bad/decls.cite:21:22: error: expected a literal hours here
   21 | input need : hours = "x" "need"
      |                      ^~~
tests/cli/bad/decls.cite:22:21: error: expected a literal text here
   22 | input note : text = 5 "a note"
      |                     ^
tests/cli/bad/decls.cite:23:19: error: expected a literal bool here
   23 | input on : bool = 2 "on"
      |                   ^
tests/cli/bad/decls.cite:30:27: error: number is too large
   30 | input long_need : hours = 999999999999999999 "a need too long to hold in minutes"
      |                           ^~~~~~~~~~~~~~~~~~
tests/cli/bad/decls.cite:28:11: error: range runs backwards (low above high)
   28 |   laundry 2:00..1:00
      |           ^~~~~~~~~~
24 errors
[exit 1]
