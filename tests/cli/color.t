$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum --color=always | cat -v
^[[1mprogram_maximum^[[0m = 283:00 hours/month  ^[[36m[W&I Code 12303.4]^[[0m
[exit 0]
$ cite check tests/cli/bad/units.cite --color=always 2>&1 >/dev/null | sed -n 1,3p | cat -v
^[[1mtests/cli/bad/units.cite:6:5: ^[[0m^[[1;31merror:^[[0m ^[[1mcannot add hours/week and hours/month: convert one first (per_month or per_week, with its citation)^[[0m
^[[2m    6 |^[[0m   = weekly + monthly        cite "MPP 30-757.1"
^[[2m      |^[[0m^[[32m     ^~~~~~~~~~~~~~~~^[[0m
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum | cat -v
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ TERM=xterm script -qfec "$CITE_BIN eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum" /dev/null < /dev/null | tr -d '\r' | cat -v
^[[1mprogram_maximum^[[0m = 283:00 hours/month  ^[[36m[W&I Code 12303.4]^[[0m
[exit 0]
$ NO_COLOR=1 script -qfec "$CITE_BIN eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum" /dev/null < /dev/null | tr -d '\r' | cat -v
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ script -qfec "$CITE_BIN eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum --color=never" /dev/null < /dev/null | tr -d '\r' | cat -v
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ NO_COLOR=1 cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum --color=always | cat -v
^[[1mprogram_maximum^[[0m = 283:00 hours/month  ^[[36m[W&I Code 12303.4]^[[0m
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum --json --color=always | cat -v
{"results": {
  "program_maximum": {"value": "283:00", "unit": "hours/month", "minutes": 16980}
}}
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --color=sometimes
cite: --color takes auto, always or never, not 'sometimes'
(cite --help shows the commands and their options)
[exit 2]
$ cite test tests/cli/testrun --color=always | grep -a '^.\[[0-9;]*m\(ok\|FAIL\|ERROR\)\|passed' | sed 's/  (.*//' | cat -v
^[[1;31mFAIL^[[0m   IPO NSI maximum, expected wrongly
^[[32mok^[[0m    a passing scenario
^[[1;31mERROR^[[0m  typos are errors, not passes
^[[1;31mFAIL^[[0m   right figure, wrong citation
^[[1m1 passed, 3 failed^[[0m
[exit 0]
$ cite test tests/cli/testrun --format tap --color=always | grep -c $'\033'
0
[exit 1]
$ : 'an explanation in colour: a name listing several members is bold as a whole (it was bold up to its first space)'; cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum --explain --color=always | sed -n 8p | grep -o $'\033\\[1m[^\033]*\033\\[0m' | sed 's/, .*, /, ..., /' | cat -v
^[[1msi_task_weekly[domestic, ..., respiration,^[[0m
[exit 0]
$ : 'an error in an answer: the level red, the citations cyan'; cite eval tests/cli/slice --facts tests/cli/cases/no-program.json --query program_maximum --color=always | cat -v
^[[1mprogram_maximum^[[0m: ^[[1;31merror:^[[0m fact 'program' is missing: the funding program on the Notice of Action
    (input program) ^[[36m[ACIN I-28-06; ACL 11-19; ACL 14-60]^[[0m
[exit 0]
$ : 'a note in cyan under its error, each excerpt with its gutter dim and its caret green'; cite check tests/cli/bad/overlap.cite --color=always 2>&1 | cat -v
^[[1mtests/cli/bad/overlap.cite:8:3: ^[[0m^[[1;31merror:^[[0m ^[[1mtwo exceptions of 'domestic' can both apply: [ACL 23-106] when minor, and [MPP 30-763.413] when spouse; make the conditions exclusive or give one a higher priority^[[0m
^[[2m    8 |^[[0m   when spouse => 0:00/month             cite "MPP 30-763.413"
^[[2m      |^[[0m^[[32m   ^~~~^[[0m
^[[1mtests/cli/bad/overlap.cite:7:3: ^[[0m^[[36mnote:^[[0m ^[[1mthe other exception^[[0m
^[[2m    7 |^[[0m   when minor => 0:00/month              cite "ACL 23-106"
^[[2m      |^[[0m^[[32m   ^~~~^[[0m
1 error
[exit 0]
$ : 'a warning in magenta'; cite check tests/cli/bad/overlap-eval.cite --color=always 2>&1 | sed -n 1p | cat -v
^[[1mtests/cli/bad/overlap-eval.cite:8:3: ^[[0m^[[1;35mwarning:^[[0m ^[[1mthis exception of 'domestic' has no reason: add because "..." saying in words why it applies (a report shows it)^[[0m
[exit 0]
$ : 'TERM=dumb: a terminal that shows no colour gets none'; TERM=dumb script -qfec "$CITE_BIN eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum" /dev/null < /dev/null | tr -d '\r' | cat -v
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ : 'the labels why: dim and unverified: in the colour of a warning (both were bold, like a result name)'; cite eval rules --facts examples/adult-ipo.json --query severely_impaired --explain --color=always | awk '/unverified:/ && !u { print; u = 1 } /why:/ && !w { print; w = 1 }' | cut -c1-60 | cat -v
  ^[[1;35munverified:^[[0m htg[meal_preparation, 4]: recalled:
  ^[[2mwhy:^[[0m the test counts 19:35 a week; 20 hours a week
[exit 0]
$ : 'cite test --coverage in colour: ok green, the closing count bold, the coverage table as it is'; cite test tests/cli/testrun/passing.scenario --coverage --color=always | sed -n '1,4p;$p' | cat -v
^[[32mok^[[0m    a passing scenario  (tests/cli/testrun/passing.scenario:2)

coverage (rule definitions and exceptions that produced a value in some scenario):
  tests/cli/slice/maximum.cite               5/8    62.5%
^[[1m1 passed, 0 failed^[[0m
[exit 0]
$ : 'a scenario syntax error in colour, as cite check shows one'; cite test tests/cli/scenario-syntax/typos.scenario --color=always | sed -n 1,3p | cat -v
^[[1mtests/cli/scenario-syntax/typos.scenario:5:10: ^[[0m^[[1;31merror:^[[0m ^[[1mthe scenario's name has no closing '"'^[[0m
^[[2m    5 |^[[0m scenario "IPO maximum
^[[2m      |^[[0m^[[32m          ^^[[0m
[exit 0]
