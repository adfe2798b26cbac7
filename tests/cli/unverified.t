$ cite check tests/cli/unverified/marks.cite
tests/cli/unverified/marks.cite:14:5: unverified: htg[dressing, 3]: recalled: verify against MPP 30-757
tests/cli/unverified/marks.cite:15:5: unverified: htg[dressing, 2 high]: the rank-2 high bound was not read
tests/cli/unverified/marks.cite:17:5: unverified: htg[bathing]: recalled row
tests/cli/unverified/marks.cite:28:5: unverified: weekly, when shared: a reading of the proration
tests/cli/unverified/marks.cite:36:5: unverified: deadline_days: the subsection was not read
ok: 1 module, 5 rules (5 versions), 3 inputs, 1 table, 6 unverified marks
[exit 0]
$ cite eval tests/cli/unverified/marks.cite --facts tests/cli/unverified/case.json
low = 1:01 hours/week  [MPP 30-757.1(a)]
weekly = 0:31 hours/week  [MPP 30-763.32]
high_bound = 1:52 hours/week  [MPP 30-757.1(a)]
deadline_days = 90 days  [W&I Code 10951]
checked = 1  [MPP 30-757]
unverified = 3 figures or readings not yet checked against the regulation's text:
  - htg[dressing, 3]: recalled: verify against MPP 30-757
  - weekly, when shared: a reading of the proration
  - deadline_days: the subsection was not read
[exit 0]
$ cite eval tests/cli/unverified/marks.cite --facts tests/cli/unverified/case.json --explain --query weekly
weekly = 0:31 hours/week  [MPP 30-763.32]
  unverified: htg[dressing, 3]: recalled: verify against MPP 30-757
  unverified: weekly, when shared: a reading of the proration
  applied: when shared
  why: the task is shared
  facts: shared = true
  step: 1:01 a week / 2 = 0:31 a week
  low = 1:01 hours/week  [MPP 30-757.1(a)]
    unverified: htg[dressing, 3]: recalled: verify against MPP 30-757
    applied: definition
    facts: task = dressing, rank = 3
    step: htg[dressing, 3] = 1:01 to 1:52 a week [MPP 30-757.1(a)]

[exit 0]
$ cite eval tests/cli/unverified/marks.cite --facts tests/cli/unverified/case.json --json --explain --query weekly --query unverified
{"results": {
  "weekly": {"value": "0:31", "unit": "hours/week", "minutes": "153/5"},
  "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757", "weekly, when shared: a reading of the proration", "deadline_days: the subsection was not read"]
},
"trace": {
  "weekly": {"rule": "weekly", "value": {"value": "0:31", "unit": "hours/week", "minutes": "153/5"}, "cite": ["MPP 30-763.32"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757", "weekly, when shared: a reading of the proration"], "applied": "when shared", "reason": "the task is shared", "inputs": {"shared": true}, "steps": ["1:01 a week / 2 = 0:31 a week"], "children": [{"rule": "low", "value": {"value": "1:01", "unit": "hours/week", "minutes": "306/5"}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757"], "applied": "definition", "inputs": {"task": "dressing", "rank": 3}, "steps": ["htg[dressing, 3] = 1:01 to 1:52 a week [MPP 30-757.1(a)]"], "children": []}]},
  "unverified": {"rule": "unverified", "value": ["htg[dressing, 3]: recalled: verify against MPP 30-757", "weekly, when shared: a reading of the proration", "deadline_days: the subsection was not read"], "cite": [], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757", "weekly, when shared: a reading of the proration", "deadline_days: the subsection was not read"], "applied": "definition", "inputs": {}, "steps": [], "children": []}
}}
[exit 0]
$ cite eval tests/cli/unverified/marks.cite --facts tests/cli/unverified/checked.json --query checked --query low --query unverified
checked = 1  [MPP 30-757]
low = 0:34 hours/week  [MPP 30-757.1(a)]
unverified = 2 figures or readings not yet checked against the regulation's text:
  - htg[dressing, 2] (high bound): the rank-2 high bound was not read
  - deadline_days: the subsection was not read
[exit 0]
$ cite eval tests/cli/unverified/marks.cite --facts tests/cli/unverified/checked.json --json
{"results": {
  "low": {"value": "0:34", "unit": "hours/week", "minutes": "171/5"},
  "weekly": {"value": "0:34", "unit": "hours/week", "minutes": "171/5"},
  "high_bound": {"value": "1:12", "unit": "hours/week", "minutes": 72},
  "deadline_days": 90,
  "checked": 1,
  "unverified": ["htg[dressing, 2] (high bound): the rank-2 high bound was not read", "deadline_days: the subsection was not read"]
}}
[exit 0]
$ cite eval tests/cli/unverified/marks.cite --facts tests/cli/unverified/checked.json --explain --query low --query high_bound
low = 0:34 hours/week  [MPP 30-757.1(a)]
  applied: definition
  facts: task = dressing, rank = 2
  step: htg[dressing, 2] = 0:34 to 1:12 a week [MPP 30-757.1(a)]

high_bound = 1:12 hours/week  [MPP 30-757.1(a)]
  unverified: htg[dressing, 2] (high bound): the rank-2 high bound was not read
  applied: definition
  facts: task = dressing, rank = 2
  step: htg[dressing, 2] = 0:34 to 1:12 a week [MPP 30-757.1(a)]

[exit 0]
$ cite whatif tests/cli/unverified/marks.cite --facts tests/cli/unverified/checked.json --set rank=3 --query low --query unverified
What if rank=3?

2 results change:
  low: 0:34 hours/week -> 1:01 hours/week (+0:27 hours/week)  [MPP 30-757.1(a)]
  unverified: 2 -> 2 marks
    + htg[dressing, 3]: recalled: verify against MPP 30-757
    - htg[dressing, 2] (high bound): the rank-2 high bound was not read

Why, with the new facts:

low = 1:01 hours/week  [MPP 30-757.1(a)]
  unverified: htg[dressing, 3]: recalled: verify against MPP 30-757
  applied: definition
  facts: task = dressing, rank = 3
  step: htg[dressing, 3] = 1:01 to 1:52 a week [MPP 30-757.1(a)]

unverified = 2 figures or readings not yet checked against the regulation's text:
  - htg[dressing, 3]: recalled: verify against MPP 30-757
  - deadline_days: the subsection was not read

[exit 0]
$ cite check tests/cli/unverified/twice.cite
tests/cli/unverified/twice.cite:6:5: error: htg[dressing, 3] is marked unverified twice
    6 |     unverified [2..3] "second"
      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~
tests/cli/unverified/twice.cite:5:5: note: the other mark
    5 |     unverified [3] "first"
      |     ^~~~~~~~~~~~~~~~~~~~~~
tests/cli/unverified/twice.cite:8:17: error: table htg's second key runs from 2 to 3
    8 |     unverified [4] "past the key"
      |                 ^
tests/cli/unverified/twice.cite:12:17: error: table one has one key: a mark covers the whole row
   12 |     unverified [1] "a one-key table"
      |                 ^
tests/cli/unverified/twice.cite:17:17: error: 'middle': a mark chooses a range's low or high bound
   17 |     unverified [2 middle] "no such bound"
      |                 ^~~~~~~~
tests/cli/unverified/twice.cite:19:5: error: ranges[dressing, 3] (high bound) is marked unverified twice
   19 |     unverified [3 high] "the high bound of rank 3, again"
      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/cli/unverified/twice.cite:18:5: note: the other mark
   18 |     unverified [high] "every high bound"
      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/cli/unverified/twice.cite:22:5: error: ranges[bathing, 2] (low bound) is marked unverified twice
   22 |     unverified [2 low] "and its low bound"
      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/cli/unverified/twice.cite:21:5: note: the other mark
   21 |     unverified [2] "the whole cell"
      |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
tests/cli/unverified/twice.cite:26:17: error: table numbers holds no ranges: it has no high bound to mark
   26 |     unverified [2 high] "a number has no bounds"
      |                 ^~~~~~
tests/cli/unverified/twice.cite:29:15: error: a rule's or definition's mark covers all of it; [...] chooses cells of a table row
   29 |   unverified [2] "a rule has no cells"
      |               ^
8 errors
[exit 1]
$ printf 'unverified\n:why low\n' | cite repl tests/cli/unverified/marks.cite --facts tests/cli/unverified/case.json
unverified = 3 figures or readings not yet checked against the regulation's text:
  - htg[dressing, 3]: recalled: verify against MPP 30-757
  - weekly, when shared: a reading of the proration
  - deadline_days: the subsection was not read
low = 1:01 hours/week  [MPP 30-757.1(a)]
  unverified: htg[dressing, 3]: recalled: verify against MPP 30-757
  applied: definition
  facts: task = dressing, rank = 3
  step: htg[dressing, 3] = 1:01 to 1:52 a week [MPP 30-757.1(a)]
[exit 0]
$ cite dump tests/cli/unverified/marks.cite --rule unverified
rule unverified : list of text  (built in)
  the unverified marks of every other output: not compiled, gathered by the evaluator
[exit 0]
