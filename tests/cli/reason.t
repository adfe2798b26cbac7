$ cite check tests/cli/reason/domestic.cite
ok: 1 module, 1 rule (1 version), 5 inputs, 0 tables
[exit 0]
$ cite eval tests/cli/reason/domestic.cite --facts tests/cli/reason/case.json --explain
share[domestic] = 1:30 hours/week  [MPP 30-763.32]
  applied: when household_members > 1
  why: domestic services is shared by the 2 people of the home
  facts: age = 40, household_members = 2, weekly_need[domestic] = 3:00 hours/week
  step: 3:00 a week / 2 = 1:30 a week
share[bathing_grooming] = 1:10 hours/week  [MPP 30-763.32]
  applied: when household_members > 1
  why: bathing grooming is shared by the 2 people of the home
  facts: age = 40, household_members = 2, weekly_need[bathing_grooming] = 2:20 hours/week
  step: 2:20 a week / 2 = 1:10 a week

[exit 0]
$ cite eval tests/cli/reason/domestic.cite --facts tests/cli/reason/minor.json --explain
share[domestic] = 0:00 hours/week  [ACL 23-106]
  applied: when age < 18 and t == domestic
  why: a minor (12 years old) gets no domestic services; notice of ?
  facts: age = 12
share[bathing_grooming] = 1:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: bathing grooming is assessed at 1:00 a week, ranked ?
  facts: age = 12, household_members = 1, weekly_need[bathing_grooming] = 1:00 hours/week

[exit 0]
$ cite eval tests/cli/reason/domestic.cite --facts tests/cli/reason/minor.json --explain --json | grep -o '"reason": "[^"]*"'
"reason": "a minor (12 years old) gets no domestic services; notice of ?"
"reason": "bathing grooming is assessed at 1:00 a week, ranked ?"
[exit 0]
$ cite check tests/cli/reason/bad-names.cite
tests/cli/reason/bad-names.cite:8:62: error: unknown name 'agee'; did you mean 'age'?
    8 |   when age < 18 => 2  cite "ACL 23-106"  because "a minor of {agee} years"
      |                                                              ^
tests/cli/reason/bad-names.cite:9:58: error: a reason's placeholder names one value, not table Age -> number: name one entry or field (as in {ranks[t]})
    9 |   when age > 90 => 3  cite "ACL 23-106"  because "ranked {ranks}"
      |                                                          ^
2 errors
[exit 1]
$ cite check tests/cli/reason/bad-syntax.cite
tests/cli/reason/bad-syntax.cite:6:56: error: in the reason's placeholder: the placeholder is not closed: expected '}' (a placeholder names a value: {name}, {name.field} or {name[key]}; write {{ for a brace)
    6 |   when age > 80 => 4  cite "ACL 23-106"  because "open {age"
      |                                                        ^
tests/cli/reason/bad-syntax.cite:7:50: error: a '}' in a reason closes nothing: write }} for a brace
    7 |   when age > 70 => 5  cite "ACL 23-106"  because "stray } here"
      |                                                  ^~~~~~~~~~~~~~
tests/cli/reason/bad-syntax.cite:8:51: error: in the reason's placeholder: expected a field name after '.' (a placeholder names a value: {name}, {name.field} or {name[key]}; write {{ for a brace)
    8 |   when age > 60 => 6  cite "ACL 23-106"  because "{age.}"
      |                                                   ^
3 errors
[exit 1]
$ cite check tests/cli/bad/overlap-eval.cite
tests/cli/bad/overlap-eval.cite:8:3: warning: this exception of 'domestic' has no reason: add because "..." saying in words why it applies (a report shows it)
    8 |   when age < 18 => 0:00/month                   cite "ACL 23-106"
      |   ^~~~
tests/cli/bad/overlap-eval.cite:9:3: warning: this exception of 'domestic' has no reason: add because "..." saying in words why it applies (a report shows it)
    9 |   when household_members > 4 => 1:00/month      cite "MPP 30-763.32"
      |   ^~~~
ok: 1 module, 1 rule (1 version), 2 inputs, 0 tables
[exit 0]
$ cp --no-preserve=mode tests/cli/reason/domestic.cite ${TMPDIR:-/tmp}/reason-fmt.cite && sed -i 's/^ *because/because/' ${TMPDIR:-/tmp}/reason-fmt.cite && cite fmt ${TMPDIR:-/tmp}/reason-fmt.cite && diff tests/cli/reason/domestic.cite ${TMPDIR:-/tmp}/reason-fmt.cite && echo "fmt puts each reason under its definition"
fmt puts each reason under its definition
[exit 0]
