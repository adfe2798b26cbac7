$ : 'a scenario file syntax errors: each with file:line:column, the line and a caret, and the file runs nothing'; cite test tests/cli/scenario-syntax/typos.scenario
tests/cli/scenario-syntax/typos.scenario:5:10: error: the scenario's name has no closing '"'
    5 | scenario "IPO maximum
      |          ^
tests/cli/scenario-syntax/typos.scenario:7:15: error: expected the description in double quotes
    7 |   description IPO recipient
      |               ^
tests/cli/scenario-syntax/typos.scenario:9:7: error: 'case' needs the path of a case file
    9 |   case
      |       ^
tests/cli/scenario-syntax/typos.scenario:10:7: error: 'date' needs YYYY-MM-DD
   10 |   date
      |       ^
tests/cli/scenario-syntax/typos.scenario:11:3: error: unknown keyword 'rank.dressing' (scenario, description, source, rules, reform, case, date, given, expect)
   11 |   rank.dressing = 3
      |   ^
tests/cli/scenario-syntax/typos.scenario:13:18: error: expected 'FACT = VALUE' (a fact path such as ranks.dressing = 3)
   13 |   ranks.dressing 3
      |                  ^
tests/cli/scenario-syntax/typos.scenario:14:18: error: expected a value after '='
   14 |   ranks.feeding =
      |                  ^
tests/cli/scenario-syntax/typos.scenario:15:17: error: unexpected text after the value: 'cite "W&I Code 12303.4"' (a fact has no citation; cite belongs to an expect line)
   15 |   program = IPO cite "W&I Code 12303.4"
      |                 ^
tests/cli/scenario-syntax/typos.scenario:16:3: error: expected a keyword (scenario, description, source, rules, reform, case, date, given, expect)
   16 |   = 40
      |   ^
tests/cli/scenario-syntax/typos.scenario:18:19: error: expected 'RESULT = VALUE' (or 'RESULT = error "text"')
   18 |   program_maximum 283:00
      |                   ^
tests/cli/scenario-syntax/typos.scenario:19:20: error: expected a value after '='
   19 |   program_maximum =
      |                    ^
tests/cli/scenario-syntax/typos.scenario:20:27: error: expected the error text in double quotes
   20 |   program_maximum = error missing
      |                           ^
tests/cli/scenario-syntax/typos.scenario:21:45: error: expected the citation in double quotes
   21 |   program_maximum = 283:00 hours/month cite W&I Code 12303.4
      |                                             ^
tests/cli/scenario-syntax/typos.scenario:22:64: error: unexpected text after the citation: 'twice'
   22 |   program_maximum = 283:00 hours/month cite "W&I Code 12303.4" twice
      |                                                                ^
tests/cli/scenario-syntax/typos.scenario:23:45: error: the citation has no closing '"'
   23 |   program_maximum = 283:00 hours/month cite "W&I Code 12303.4
      |                                             ^
tests/cli/scenario-syntax/typos.scenario:24:1: error: expected a keyword (scenario, description, source, rules, reform, case, date, given, expect)
   24 | "severely_impaired" = true
      | ^
tests/cli/scenario-syntax/typos.scenario:6: error: scenario "IPO maximum, severely impaired" expects nothing (add an 'expect' section)
0 passed, 17 failed
[exit 2]
$ : 'keywords out of place, paths left out, and what a scenario lacks'; cite test tests/cli/scenario-syntax/order.scenario
tests/cli/scenario-syntax/order.scenario:2:1: error: 'source' before the first 'scenario "name"' line
    2 | source "seed 001 table"
      | ^
tests/cli/scenario-syntax/order.scenario:3:6: error: 'rules' needs a path (a .cite file or a directory)
    3 | rules
      |      ^
tests/cli/scenario-syntax/order.scenario:4:7: error: 'reform' needs a path (a .cite file or a directory)
    4 | reform
      |       ^
tests/cli/scenario-syntax/order.scenario:6:8: error: 'rules' needs a path (a .cite file or a directory)
    6 |   rules
      |        ^
tests/cli/scenario-syntax/order.scenario:7:9: error: 'reform' needs a path (a .cite file or a directory)
    7 |   reform
      |         ^
tests/cli/scenario-syntax/order.scenario:5: error: scenario "no rules, no source, no expectations" names no rules (add: rules PATH)
tests/cli/scenario-syntax/order.scenario:5: error: scenario "no rules, no source, no expectations" does not say where its expected figures come from (add: source "...")
tests/cli/scenario-syntax/order.scenario:5: error: scenario "no rules, no source, no expectations" expects nothing (add an 'expect' section)
0 passed, 8 failed
[exit 2]
$ : 'a file of comments alone holds no scenario: an error, never a silent pass'; cite test tests/cli/scenario-syntax/none.scenario
tests/cli/scenario-syntax/none.scenario:1: error: no scenario in this file (a scenario starts with: scenario "name")
0 passed, 1 failed
[exit 2]
$ : 'a file saved with CRLF line ends: the column is right and the excerpt shows no stray byte'; cite test tests/cli/scenario-syntax/crlf.scenario
tests/cli/scenario-syntax/crlf.scenario:5:7: error: expected 'FACT = VALUE' (a fact path such as ranks.dressing = 3)
    5 |   age 40 
      |       ^
0 passed, 1 failed
[exit 2]
$ : 'rules and reform inside a scenario apply to it alone'; cite test tests/cli/scenario-syntax/per-scenario.scenario
ok    under the law, assessed in 2027: the 6-hour cap  (tests/cli/scenario-syntax/per-scenario.scenario:5)
ok    under the reform, the same case: capped at 8 hours  (tests/cli/scenario-syntax/per-scenario.scenario:17)
2 passed, 0 failed
[exit 0]
$ : 'several description or source lines are joined, and --json gives them with each scenario'; cite test tests/cli/scenario-syntax/per-scenario.scenario --json | python3 -c 'import json,sys; [print(s["source"], "|", s["description"]) for s in json.load(sys.stdin)["scenarios"]]'
MPP 30-757.11(k)(1): 'limited to 6 hours per month per household'; 2:00 x 4.33 = 8:40 -> 6:00 | None
the reform (domestic-cap.cite): at most 8 hours a month from 2027-01-01; 2:00 x 4.33 = 8:40 -> 8:00 | The same case as above, under the reform; a second line continues the first.
[exit 0]
$ : 'a path above the current directory is made "../rules" and refused like any other outside'; T=${TMPDIR:-/tmp}/cite-up; rm -rf $T; mkdir -p $T/sc; sed 's|^rules .*|rules ../../rules|' tests/cli/testrun/passing.scenario > $T/sc/up.scenario; (cd $T && cite test sc)
sc/up.scenario:2: error: rules ../rules is outside the directories a scenario may read (the current directory and the PATHs given to cite test); it was not read
0 passed, 1 failed
[exit 2]
$ : 'a path that does not exist says why'; cite test tests/cli/scenario-syntax/missing.scenario
cite: cannot read tests/cli/scenario-syntax/missing.scenario: No such file or directory
cite: no scenario files (*.scenario) under the given paths
0 passed, 1 failed
[exit 2]
$ : 'a NUL byte, and a file past the 4 MB limit, are refused before parsing'; T=${TMPDIR:-/tmp}/cite-scen; rm -rf $T; mkdir -p $T; printf 'scenario "x"\0\n' > $T/nul.scenario; head -c 4194305 /dev/zero | tr '\0' '-' > $T/big.scenario; cite test $T | sed "s|$T|T|"; echo "exit ${PIPESTATUS[0]}"
T/big.scenario: error: larger than 4194304 bytes
T/nul.scenario: error: the file holds a NUL byte; scenario files are plain text
0 passed, 2 failed
exit 2
[exit 0]
$ : 'a read error (here injected: EIO) is reported with the file name'; CITE_FAULT=read:1 LD_PRELOAD=$CITE_FAULT_LIB cite test tests/cli/testrun/passing.scenario
tests/cli/testrun/passing.scenario: error: cannot read: Input/output error
0 passed, 1 failed
[exit 2]
