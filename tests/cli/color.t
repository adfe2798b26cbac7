$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum --color=always | cat -v
^[[1mprogram_maximum^[[0m = 283:00 hours/month  ^[[36m[W&I Code 12303.4]^[[0m
[exit 0]
$ cite check tests/cli/bad/units.cite --color=always 2>&1 >/dev/null | head -3 | cat -v
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
