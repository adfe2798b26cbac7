$ cite 2>&1 | head -n 1; exit ${PIPESTATUS[0]}
usage: cite check      PATH...
[exit 2]
$ cite frobnicate 2>&1 | head -n 1; exit ${PIPESTATUS[0]}
cite: unknown command 'frobnicate'
[exit 2]
$ cite check 2>&1 | head -n 1; exit ${PIPESTATUS[0]}
cite: check needs at least one PATH of rules
[exit 2]
$ cite eval tests/cli/bad/overlap-eval.cite 2>&1 | head -n 1; exit ${PIPESTATUS[0]}
cite: eval needs --facts CASE
[exit 2]
$ cite eval tests/cli/bad/overlap-eval.cite --facts 2>&1 | head -n 1; exit ${PIPESTATUS[0]}
cite: --facts needs a value
[exit 2]
$ cite whatif tests/cli/bad/overlap-eval.cite --facts tests/cli/cases/overlap-minor.json 2>&1 | head -n 1; exit ${PIPESTATUS[0]}
cite: whatif needs at least one --set NAME=VALUE
[exit 2]
$ cite check tests/cli/no-such-dir
cite: error: cannot read tests/cli/no-such-dir: No such file or directory
[exit 2]
$ cite eval tests/cli/bad/overlap-eval.cite --facts tests/cli/cases/no-such-case.json
cite: cannot read case tests/cli/cases/no-such-case.json: No such file or directory
[exit 2]
$ cite eval tests/cli/bad/overlap-eval.cite --facts tests/cli/cases/overlap-minor.json --date 2025-02-30
cite: --date '2025-02-30' is not a date YYYY-MM-DD of the calendar
[exit 2]
$ cite eval tests/cli/bad/overlap-eval.cite --facts tests/cli/cases/overlap-minor.json --query domestc
cite: unknown rule 'domestc'; did you mean 'domestic'?
[exit 2]
$ cite whatif tests/cli/bad/overlap-eval.cite --facts tests/cli/cases/overlap-minor.json --set agee=17
cite: unknown fact 'agee'; did you mean 'age'?
[exit 2]
$ cite check tests/cli/bad/not-rules.txt
cite: no rule file (.cite) in tests/cli/bad/not-rules.txt
[exit 2]
$ cite check README.md
cite: no rule file (.cite) in README.md
[exit 2]
$ mkdir -p "${TMPDIR:-/tmp}/cite-emptydir" && cite check "${TMPDIR:-/tmp}/cite-emptydir" 2>&1 | sed "s|${TMPDIR:-/tmp}|TMP|"; exit ${PIPESTATUS[0]}
cite: no rule file (.cite) in TMP/cite-emptydir
[exit 2]
$ cite eval tests/cli/slice --facts - --query program_maximum < tests/cli/slice/adult.json
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
[exit 0]
$ echo '{"age": "forty"}' | cite eval tests/cli/slice --facts - --query program_maximum
<stdin>: error: fact 'age' is "forty"; allowed: a number from 0 to 130
    input age: "the recipient's age in years"
[exit 2]
$ cite test tests/scenarios --filter no-such-scenario
cite: no scenario name matches --filter 'no-such-scenario'
0 passed, 0 failed
[exit 1]
$ cite whatif tests/cli/slice --facts tests/cli/slice/adult.json --set age=70 --explain
cite: whatif does not take --explain (it is an option of eval)
(cite whatif --help shows its options)
[exit 2]
