# What a case gets wrong, fact by fact: each wrong value is named with what is allowed.
# A name given twice in one object is refused (a JSON reader keeps one of the two silently).
# A number with an exponent is read exactly (1e-5 was refused as 'not a number').
# A record the case does not give has its fields' defaults; a field without one is missing.
# The REPL's assignments: each wrong path or value is refused, naming what is allowed.
# Past 50 errors, a case's errors are counted, not shown (they were dropped without a word).
# A number with more digits than cite reads exactly says so (it said only 'allowed: a number').
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/twice.json
tests/cli/facts/twice.json: error: fact 'late' is given twice; a case gives each once
    input late: "days late"
[exit 2]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/twice-inside.json
tests/cli/facts/twice-inside.json: error: fact 'request.asked' is given twice; a case gives each once
    input request: "the request"
tests/cli/facts/twice-inside.json: error: fact 'ranks.laundry' is given twice; a case gives each once
    input ranks: "the rank of each task"; read by rule seen
[exit 2]
$ cite run tests/cli/facts/every-kind.cite --cases tests/cli/facts/twice.jsonl
{"line": 1, "error": {"message": "line 1: error: fact 'late' is given twice; a case gives each once"}}
{"line": 2, "error": {"message": "line 2: error: fact 'ranks.laundry' is given twice; a case gives each once"}}
{"line": 3, "id": "c", "results": {"seen": 0}}
cite run: 3 cases, 1 evaluated, 2 failed
  failed, by kind (each case's first error; standard output has them all):
        1  fact 'late' is given twice; a case gives each once
           e.g. line 1: fact 'late' is given twice; a case gives each once
        1  fact 'ranks.laundry' is given twice; a case gives each once
           e.g. line 2: fact 'ranks.laundry' is given twice; a case gives each once
[exit 1]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/exponents.json --explain
seen = 0  [MPP 30-756.1]
  applied: definition
  why: ? 0.00001 20 ? ? ? 1:30 a week ? ? ?
  facts: visits = [0 items]

[exit 0]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/every-kind-wrong.json
tests/cli/facts/every-kind-wrong.json: error: fact 'flag' is 3; allowed: true or false
    input flag: "a yes-or-no fact"
tests/cli/facts/every-kind-wrong.json: error: fact 'age' is "x"; allowed: a number
    input age: "the recipient's age"
tests/cli/facts/every-kind-wrong.json: error: fact 'people' is 99; allowed: a number from 1 to 20
    input people: "people in the home"
tests/cli/facts/every-kind-wrong.json: error: fact 'late' is 1.5; allowed: a whole number of days
    input late: "days late"
tests/cli/facts/every-kind-wrong.json: error: fact 'note' is 5; allowed: text
    input note: "the worker's note"
tests/cli/facts/every-kind-wrong.json: error: fact 'notice' is "2023-02-30"; allowed: a date "YYYY-MM-DD" of the calendar
    input notice: "the day of the notice"
tests/cli/facts/every-kind-wrong.json: error: fact 'need' is -5; allowed: a duration "H:MM" or a number of minutes, not negative
    input need: "the weekly need"
tests/cli/facts/every-kind-wrong.json: error: fact 'capped' is "9:00"; allowed: a duration from 0:00 to 8:00
    input capped: "a need of at most eight hours"
tests/cli/facts/every-kind-wrong.json: error: fact 'program' is "IPQ"; allowed: one of PCSP, IPO, IHSS_R, CFCO; did you mean 'IPO'?
    input program: "the funding program"
tests/cli/facts/every-kind-wrong.json: error: fact 'request' is [1]; allowed: an object with fields asked, on
    input request: "the request"
tests/cli/facts/every-kind-wrong.json: error: fact 'visits' is {"a":1}; allowed: a list [...]
    input visits: "the days of the visits"; read by rule seen
tests/cli/facts/every-kind-wrong.json: error: 'dresing' is not a key of ranks; did you mean 'dressing'?
    input ranks: "the rank of each task"; read by rule seen
tests/cli/facts/every-kind-wrong.json: error: 'zzzz' is not a key of ranks; allowed: domestic, laundry, dressing
    input ranks: "the rank of each task"; read by rule seen
tests/cli/facts/every-kind-wrong.json: error: fact 'ranks.laundry' is 7; allowed: a number from 1 to 6
    input ranks: "the rank of each task"; read by rule seen
[exit 2]
$ cite eval tests/cli/facts/record-absent.cite --facts tests/cli/facts/empty.json
requested = false  [MPP 30-757.17]
received: not evaluated: the case has no protective_supervision.soc821_received (the day the county
    received the SOC 821) [MPP 30-757.173]
[exit 0]
$ cite repl tests/cli/facts/every-kind.cite --facts tests/cli/facts/no-request.json < tests/cli/facts/assign.in
error: 'dresing' is not a key of ranks; did you mean 'dressing'?
error: 'zzzz' is not a key of ranks
error: request has no field 'zz'
request.on = 2024-01-02  (fact: on)
request.on = 2024-01-03  (fact: on)
error: age has no part 'years'
error: 'seen' is a rule, computed from the facts; set the facts it reads instead
error: unknown fact 'agee'; did you mean 'age'?
error: 'ranks..laundry' is not a fact path (names joined by '.', such as ranks.dressing)
help_from.laundry = [{"task": "laundry", "weekly": {"value": "1:00", "unit": "hours/week", "minutes": 60}}]  (fact: help from others, per task)
help_from.laundry = [{"task": "laundry", "weekly": {"value": "2:00", "unit": "hours/week", "minutes": 120}}]  (fact: help from others, per task)
error: 'zzz' is not a task of help_from
help_from.laundry removed
ranks.laundry removed
request removed
error: unknown fact 'zzz'
error: fact 'flag' is "maybe"; allowed: true or false
    input flag: "a yes-or-no fact"
error: fact 'people' is 30; allowed: a number from 1 to 20
    input people: "people in the home"
error: fact 'notice' is "2023-02-30"; allowed: a date "YYYY-MM-DD" of the calendar
    input notice: "the day of the notice"
error: fact 'need' is "1:75"; allowed: a duration "H:MM" or a number of minutes, not negative
    input need: "the weekly need"
need = 1:30 hours/week  (fact: the weekly need)
note = "a \"quoted\" word"  (fact: the worker's note)
error: fact 'program' is "IPQ"; allowed: one of PCSP, IPO, IHSS_R, CFCO; did you mean 'IPO'?
    input program: "the funding program"
visits = ["2024-01-01"]  (fact: the days of the visits)
{
  "id": "",
  "people": 2,
  "note": "a \"quoted\" word",
  "need": "1:30",
  "request": {},
  "visits": [
    "2024-01-01"
  ]
}
the case had unsaved changes
[exit 0]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/sixty-wrong.json 2>&1 | tail -3; echo "cite exited ${PIPESTATUS[0]}"
tests/cli/facts/sixty-wrong.json: error: fact 'visits[49]' is 50; allowed: a date "YYYY-MM-DD" of the calendar
    input visits: "the days of the visits"; read by rule seen
tests/cli/facts/sixty-wrong.json: error: 10 more errors in the case, not shown
cite exited 2
[exit 0]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/long-value.json
tests/cli/facts/long-value.json: error: fact 'note' is [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22...; allowed: text
    input note: "the worker's note"
[exit 2]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/odd-values.json
tests/cli/facts/odd-values.json: error: fact 'request.zzzzzz' is 1; allowed: no such field (an object with fields asked, on)
    input request: "the request"
[exit 2]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/odd-json.json
tests/cli/facts/odd-json.json:2:1: error: malformed JSON near ']}'; remove the comma before the closing bracket (JSON allows none there)
[exit 2]
$ printf '{"age": "x"}' > "$TMPDIR/age.json"; cite eval rules --facts "$TMPDIR/age.json" 2>&1 | sed "s|$TMPDIR|T|"
T/age.json: error: fact 'age' is "x"; allowed: a number from 0 to 130
    input age: "the recipient's age in years"; read by rule minor
[exit 0]
$ cite eval tests/cli/facts/every-kind.cite --facts tests/cli/facts/too-many-digits.json
tests/cli/facts/too-many-digits.json: error: fact 'age' is 0.12345678901234568; allowed: a number, of at most 15 significant digits (cite reads numbers exactly)
    input age: "the recipient's age"
tests/cli/facts/too-many-digits.json: error: fact 'late' is 1.2345678901234567e+19; allowed: a whole number of days, of at most 15 significant digits (cite reads numbers exactly)
    input late: "days late"
[exit 2]
