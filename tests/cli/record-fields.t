# A record field may be named by a unit word, 'day' as well as 'days': the case uses the
# name as the rules spell it (it was read as 'days' whatever the spelling).
$ cite eval tests/cli/fields/unit-words.cite --facts tests/cli/fields/visit.json
visit_day = 2024-03-04  [MPP 30-761.1]
visit_hour = 14  [MPP 30-761.1]
visit_length = 0:45 hours  [MPP 30-761.1]
[exit 0]
$ cite eval tests/cli/fields/unit-words.cite --facts tests/cli/fields/visit-days.json
tests/cli/fields/visit-days.json: error: fact 'visit.days' is "2024-03-04"; allowed: no such field; did you mean 'day'?
    input visit: "the home visit"; read by rules visit_day, visit_hour, visit_length
[exit 2]
$ cite eval tests/cli/fields/unit-words.cite --facts tests/cli/fields/visit.json --json
{"results": {
  "visit_day": "2024-03-04",
  "visit_hour": 14,
  "visit_length": {"value": "0:45", "unit": "hours", "minutes": 45}
}}
[exit 0]
