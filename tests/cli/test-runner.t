$ cite test tests/cli/testrun/passing.scenario
ok    a passing scenario  (tests/cli/testrun/passing.scenario:2)
1 passed, 0 failed
[exit 0]
$ cite test tests/cli/testrun/failing.scenario | sed -n 1,4p
FAIL   IPO NSI maximum, expected wrongly  (tests/cli/testrun/failing.scenario:2)
  tests/cli/testrun/failing.scenario:10: program_maximum
    expected: 283:00 hours/month
    got:      195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
[exit 0]
$ cite test tests/cli/testrun/failing.scenario > /dev/null
[exit 1]
$ cite test tests/cli/testrun/wrong-cite.scenario | sed -n '1,5p;$p'
FAIL   right figure, wrong citation  (tests/cli/testrun/wrong-cite.scenario:2)
  tests/cli/testrun/wrong-cite.scenario:10: program_maximum
    expected: 195:00 hours/month  [W&I Code 12303.4]
    got:      195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
    the figure is right but it came from another rule: W&I Code 12303.4 is not among its citations
0 passed, 1 failed
[exit 0]
$ cite test tests/cli/testrun/typo.scenario
ERROR  typos are errors, not passes  (tests/cli/testrun/typo.scenario:2)
  tests/cli/testrun/typo.scenario:6: error: unknown fact 'progam'; did you mean 'program'?
  tests/cli/testrun/typo.scenario:7: error: fact 'weekly_need.dressing' is "1:3"; allowed: a duration "H:MM" or a number of minutes, not negative
      input weekly_need: "the assessed need per task per week"; read by rule si_task_weekly
  tests/cli/testrun/typo.scenario:9: error: unknown result 'program_maximun'; did you mean 'program_maximum'?
  tests/cli/testrun/typo.scenario:10: error: wrong unit for severely_impaired_weekly: it is hours/week, the scenario says hours/month
0 passed, 1 failed
[exit 2]
$ cite test tests/cli/testrun --filter passing --format tap
TAP version 13
1..1
ok 1 - a passing scenario
# 1 passed, 0 failed
[exit 0]
$ cite test tests/cli/testrun --format tap > "${TMPDIR:-/tmp}/cite-tap.txt"; prove -e cat "${TMPDIR:-/tmp}/cite-tap.txt" 2>&1 | grep -E 'Failed tests|^Result'
  Failed tests:  1, 3-4
Result: FAIL
[exit 0]
$ cite test tests/cli/testrun --filter passing --format tap > "${TMPDIR:-/tmp}/cite-tap.txt"; prove -e cat "${TMPDIR:-/tmp}/cite-tap.txt" 2>&1 | grep -E '^Result'
Result: PASS
[exit 0]
$ cite test tests/cli/testrun --format junit > "${TMPDIR:-/tmp}/cite-junit.xml"; xmllint --noout "${TMPDIR:-/tmp}/cite-junit.xml" && grep -c '<testcase' "${TMPDIR:-/tmp}/cite-junit.xml"
4
[exit 0]
$ cite test tests/cli/testrun --format junit | grep -o '<failure message="[^"]*"\|<error message="[^"]*"'
<failure message="expected figure differs"
<error message="malformed scenario"
<failure message="expected figure differs"
[exit 0]
$ cite test tests/cli/testrun/passing.scenario --coverage --coverage-min 100 2>&1 >/dev/null | sed 's/[0-9.]*%/P%/g'
cite: coverage P% is below the minimum P%
[exit 0]
$ cite test tests/cli/testrun/passing.scenario --coverage-min 100 > /dev/null 2>&1
[exit 1]
$ cite test tests/cli/testrun/passing.scenario --coverage --coverage-min 1 > /dev/null
[exit 0]
$ cite test tests/cli/testrun/passing.scenario --json | sed -n 1p
{"passed": 1, "failed": 0, "errors": 0, "scenarios": [
[exit 0]
$ cite test tests/cli/testrun --format xml
cite: --format takes human, tap or junit, not 'xml'
(cite --help shows the commands and their options)
[exit 2]
$ cite test tests/cli/testrun --quiet | grep -c '^ok '; cite test tests/cli/testrun -q | tail -1
0
1 passed, 3 failed
[exit 0]
