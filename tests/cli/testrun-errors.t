$ : 'expectations that cannot be checked are ERRORs at their line; an error expected but a figure computed, or the reverse, fails'; cite test tests/cli/testrun-errors/expectations.scenario
ERROR  expectations that do not fit the rule they name  (tests/cli/testrun-errors/expectations.scenario:5)
  tests/cli/testrun-errors/expectations.scenario:9: error: si_task_weekly has a value per Task; write si_task_weekly.MEMBER
  tests/cli/testrun-errors/expectations.scenario:10: error: program_maximum is one value, not a table: '.IPO' does not apply
  tests/cli/testrun-errors/expectations.scenario:11: error: 'flying' is not a member of Task
  tests/cli/testrun-errors/expectations.scenario:12: error: expected value 'program_maximum' is "banana"; allowed: a duration "H:MM" or a number of minutes, not negative
  tests/cli/testrun-errors/expectations.scenario:13: error: unknown result 'qqqqzzzz'
  tests/cli/testrun-errors/expectations.scenario:14: error: 'age' is a fact, not a result; facts go under 'given'
FAIL   an error expected, a figure computed  (tests/cli/testrun-errors/expectations.scenario:16)
  tests/cli/testrun-errors/expectations.scenario:20: program_maximum
    expected: an error containing "missing"
    got:      195:00 hours/month
FAIL   a figure expected, an error computed  (tests/cli/testrun-errors/expectations.scenario:22)
  tests/cli/testrun-errors/expectations.scenario:27: program_maximum
    expected: 195:00 hours/month
    got:      error: fact 'program' is missing: the funding program on the Notice of Action (input program)
ERROR  a date that is no date  (tests/cli/testrun-errors/expectations.scenario:29)
  tests/cli/testrun-errors/expectations.scenario:31: error: date '2026-13-45' is not YYYY-MM-DD
0 passed, 4 failed
[exit 2]
$ : 'a scenario over rules that do not check shows cite check diagnostics'; cite test tests/cli/testrun-errors/broken-rules.scenario
ERROR  rules with a syntax error  (tests/cli/testrun-errors/broken-rules.scenario:3)
  tests/cli/testrun-errors/broken-rules.scenario:3: error: the rules it names do not check:
    tests/cli/bad/syntax.cite:5:19: error: unexpected 'cite', expected ')'
        5 |   = (x + 2        cite "MPP 30-757.1"
          |                   ^~~~
0 passed, 1 failed
[exit 2]
$ : '--coverage over rules that do not check still reports the rest'; cite test tests/cli/testrun-errors/broken-rules.scenario tests/cli/testrun/passing.scenario --coverage | tail -2
  stdlib/calendar.cite:7: weeks_per_month, definition (rule never evaluated) [W&I Code 12301.1(b)(1)]
1 passed, 1 failed
[exit 0]
$ : 'a glob in --filter matches whole names'; cite test tests/cli/testrun --filter 'a pass*'
ok    a passing scenario  (tests/cli/testrun/passing.scenario:2)
1 passed, 0 failed
[exit 0]
$ : 'a glob that matches no name: nothing ran, exit 1'; cite test tests/cli/testrun --filter 'pass*'
cite: no scenario name matches --filter 'pass*'
0 passed, 0 failed
[exit 1]
$ : 'a directory with no scenario file: nothing ran, never a pass'; cite test tests/cli/fmt
cite: no scenario files (*.scenario) under the given paths
0 passed, 0 failed
[exit 1]
$ : 'JUnit escapes what XML reserves in a scenario name'; cite test tests/cli/testrun-errors/escapes.scenario --format junit | grep -o '<testcase name="[^"]*"'
<testcase name="hours &lt; 20 &amp; &quot;not&quot; severely impaired"
[exit 0]
$ : 'a malformed scenario file in TAP: one not ok naming each error'; cite test tests/cli/scenario-syntax/none.scenario tests/cli/testrun/passing.scenario --format tap
TAP version 13
1..2
ok 1 - a passing scenario
not ok 2 - scenario files read
  ---
  detail: |
    tests/cli/scenario-syntax/none.scenario:1: error: no scenario in this file (a scenario starts with: scenario "name")
  ...
# 1 passed, 1 failed
[exit 2]
$ : 'a malformed scenario file, and a path that cannot be read, in JUnit: one error testcase each, counted in the totals'; cite test no-such-dir tests/cli/scenario-syntax/typos.scenario tests/cli/testrun/passing.scenario --format junit | grep -E '<testsuites|<testsuite |<testcase' | sed 's/>.*/>/'
<testsuites name="cite test" tests="3" failures="0" errors="2">
  <testsuite name="paths" tests="1" failures="0" errors="1">
    <testcase name="read" classname="paths">
  <testsuite name="tests/cli/scenario-syntax/typos.scenario" tests="1" failures="0" errors="1">
    <testcase name="read" classname="tests/cli/scenario-syntax/typos.scenario">
  <testsuite name="tests/cli/testrun/passing.scenario" tests="1" failures="0" errors="0">
    <testcase name="a passing scenario" classname="tests/cli/testrun/passing.scenario" file="tests/cli/testrun/passing.scenario" line="2"/>
[exit 0]
$ : '--json --coverage: the coverage as JSON, each definition never exercised with its file, line and citation'; cite test tests/cli/testrun/passing.scenario --json --coverage | python3 -c 'import json,sys; c=json.load(sys.stdin)["coverage"]; n=c["never_exercised"][0]; print(sorted(c), c["files"][0]["file"], sorted(n))'
['definitions', 'exercised', 'files', 'never_exercised', 'percent'] tests/cli/slice/maximum.cite ['cite', 'definition', 'file', 'line', 'rule']
[exit 0]
$ : 'a control character pasted into a scenario name (a form feed) becomes ? in JUnit, so the XML stays well-formed'; T=${TMPDIR:-/tmp}/cite-junit; rm -rf $T; mkdir -p $T; cp -R tests/cli/slice $T/; sed 's/^scenario "a passing scenario"/scenario "a passing\fscenario"/; s/^rules .*/rules slice/' tests/cli/testrun/passing.scenario > $T/ff.scenario; (cd $T && cite test ff.scenario --format junit > out.xml); xmllint --noout $T/out.xml && grep -o '<testcase name="[^"]*"' $T/out.xml
<testcase name="a passing?scenario"
[exit 0]
