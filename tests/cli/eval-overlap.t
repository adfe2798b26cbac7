$ cite check tests/cli/bad/overlap-eval.cite
tests/cli/bad/overlap-eval.cite:8:3: warning: this exception of 'domestic' has no reason: add because "..." saying in words why it applies (a report shows it)
    8 |   when age < 18 => 0:00/month                   cite "ACL 23-106"
      |   ^~~~
tests/cli/bad/overlap-eval.cite:9:3: warning: this exception of 'domestic' has no reason: add because "..." saying in words why it applies (a report shows it)
    9 |   when household_members > 4 => 1:00/month      cite "MPP 30-763.32"
      |   ^~~~
ok: 1 module, 1 rule (1 version), 2 inputs, 0 tables
[exit 0]
$ cite eval tests/cli/bad/overlap-eval.cite --facts tests/cli/cases/overlap-minor.json
domestic = 0:00 hours/month  [ACL 23-106]
[exit 0]
$ cite eval tests/cli/bad/overlap-eval.cite --facts tests/cli/cases/overlap-both.json
domestic: error: two exceptions of 'domestic' apply to this case: [ACL 23-106] when age < 18, and
    [MPP 30-763.32] when household_members > 4; the rules must say which one wins
    [ACL 23-106; MPP 30-763.32]
[exit 1]
$ cite eval tests/cli/bad/overlap-eval.cite --facts tests/cli/cases/overlap-both.json --json
{"results": {
  "domestic": {"error": {"message": "two exceptions of 'domestic' apply to this case: [ACL 23-106] when age < 18, and [MPP 30-763.32] when household_members > 4; the rules must say which one wins", "rule": "domestic", "cite": ["ACL 23-106", "MPP 30-763.32"]}}
}}
[exit 1]
