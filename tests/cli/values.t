# Results and facts of every shape, as people and programs read them: a record, a range of
# durations, numbers or dates, text with control characters (escaped as in JSON, never raw),
# a record with a field the case leaves out; and the REPL's display of table, list and record facts.
# A table's number key outside its range, or not whole, has no entry: an error naming the key.
$ cite eval tests/cli/values/values.cite --facts tests/cli/values/case.json
request_as_given = {program: IPO, asked: 2024-03-01, hours: 0:00 hours/week}  [MPP 30-761.1]
worker_note = "line one\r\nline\u0001two"  [MPP 30-761.1]
need_band = 1:30 hours/week .. 2:30 hours/week  [MPP 30-757.14]
day_band = 2024-03-01 .. 2024-05-30  [W&I Code 10951]
band = 2 .. 6  [MPP 30-763.11]
window = 2024-04-01 .. 2024-06-30  [W&I Code 10951]
[exit 0]
$ cite eval tests/cli/values/values.cite --facts tests/cli/values/case.json --json
{"results": {
  "request_as_given": {"program": "IPO", "asked": "2024-03-01", "hours": {"value": "0:00", "unit": "hours/week", "minutes": 0}},
  "worker_note": "line one\r\nline\u0001two",
  "need_band": {"low": {"value": "1:30", "unit": "hours/week", "minutes": 90}, "high": {"value": "2:30", "unit": "hours/week", "minutes": 150}},
  "day_band": {"low": "2024-03-01", "high": "2024-05-30"},
  "band": {"low": 2, "high": 6},
  "window": {"low": "2024-04-01", "high": "2024-06-30"}
}}
[exit 0]
$ cite eval tests/cli/values/values.cite --facts tests/cli/values/case.json --explain --query band --query window --query need_band
band = 2 .. 6  [MPP 30-763.11]
  applied: definition
  facts: request.program = IPO
  step: people_band[IPO] = 2 to 6 [MPP 30-763.11]

window = 2024-04-01 .. 2024-06-30  [W&I Code 10951]
  applied: definition
  facts: request.program = IPO
  step: notice_window[IPO] = April 1, 2024 to June 30, 2024 [W&I Code 10951]

need_band = 1:30 hours/week .. 2:30 hours/week  [MPP 30-757.14]
  applied: definition
  facts: need = 2:00 hours/week
  step: 2:00 a week - 0:30 a week = 1:30 a week
  step: 2:00 a week + 0:30 a week = 2:30 a week

[exit 0]
$ cite eval tests/cli/values/values.cite --facts tests/cli/values/partial.json
request_as_given = {program: PCSP, hours: 0:00 hours/week}  [MPP 30-761.1]
worker_note = "none"  [MPP 30-761.1]
need_band = -0:30 hours/week .. 0:30 hours/week  [MPP 30-757.14]
day_band: not evaluated: the case has no request.asked (the day it was asked for)  [W&I Code 10951]
band = 1 .. 4  [MPP 30-763.11]
window = 2024-01-01 .. 2024-03-31  [W&I Code 10951]
[exit 0]
$ cite repl tests/cli/values/facts.cite --facts tests/cli/values/facts.json < tests/cli/values/show.in
paid = {"domestic": ["2024-01-02", "2024-01-09"], "laundry": ["2024-01-03"]}  (fact: the days each task was paid)
visits = ["2024-01-02"]  (fact: the days of the visits)
who = {"name": "A\tB"}  (fact: the recipient)
ranks[laundry] = 5
  (fact: the rank of each task)
who.name = "A\tB"  (fact: the name)
who.age = (not given)  (fact: the age)
ranks[domestic] = (not given)  (fact: the rank of each task)
[exit 0]
$ cite eval tests/cli/values/steps.cite --facts tests/cli/values/rank-two.json
step_at = 0:20 hours/week  [MPP 30-757.14]
[exit 0]
$ cite eval tests/cli/values/steps.cite --facts tests/cli/values/rank-four.json
step_at: error: table 'steps' has no entry for laundry, 4  [MPP 30-757.14]
[exit 1]
$ cite eval tests/cli/values/steps.cite --facts tests/cli/values/rank-half.json
step_at: error: table 'steps' has no entry for laundry, 5/2  [MPP 30-757.14]
[exit 1]
$ cite eval tests/cli/values/steps.cite --facts tests/cli/values/rank-zero.json
step_at: error: table 'steps' has no entry for laundry, 0  [MPP 30-757.14]
[exit 1]
