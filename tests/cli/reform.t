$ cite run tests/cli/reform/base --cases tests/cli/reform/cases.jsonl --reform tests/cli/reform/dated 2>/dev/null | sed 's/, "changed".*//'
{"line": 1, "id": "2019-06-01", "baseline": {"rate": {"error": {"message": "no version of 'rate' is in force on 2019-06-01", "rule": "rate", "cite": []}}, "flat": 1}, "reform": {"rate": {"error": {"message": "no version of 'rate' is in force on 2019-06-01", "rule": "rate", "cite": []}}, "flat": 1}
{"line": 2, "id": "2024-06-01", "baseline": {"rate": 10, "flat": 1}, "reform": {"rate": 10, "flat": 1}
{"line": 3, "id": "2026-06-01", "baseline": {"rate": 10, "flat": 1}, "reform": {"rate": 12, "flat": 2}
{"line": 4, "id": "2031-06-01", "baseline": {"rate": 15, "flat": 1}, "reform": {"rate": 12, "flat": 2}
[exit 0]
$ cite run tests/cli/reform/base --cases tests/cli/reform/cases.jsonl --reform tests/cli/reform/undated 2>/dev/null | sed 's/, "changed".*//'
{"line": 1, "id": "2019-06-01", "baseline": {"rate": {"error": {"message": "no version of 'rate' is in force on 2019-06-01", "rule": "rate", "cite": []}}, "flat": 1}, "reform": {"rate": 12, "flat": 1}
{"line": 2, "id": "2024-06-01", "baseline": {"rate": 10, "flat": 1}, "reform": {"rate": 12, "flat": 1}
{"line": 3, "id": "2026-06-01", "baseline": {"rate": 10, "flat": 1}, "reform": {"rate": 12, "flat": 1}
{"line": 4, "id": "2031-06-01", "baseline": {"rate": 15, "flat": 1}, "reform": {"rate": 12, "flat": 1}
[exit 0]
$ cite run tests/cli/reform/base --cases tests/cli/reform/cases.jsonl --reform tests/cli/reform/dated --date 2026-01-01 --query rate 2>&1 | sed 's/, "changed".*//'
{"line": 1, "id": "2019-06-01", "baseline": {"rate": 10}, "reform": {"rate": 12}
{"line": 2, "id": "2024-06-01", "baseline": {"rate": 10}, "reform": {"rate": 12}
{"line": 3, "id": "2026-06-01", "baseline": {"rate": 10}, "reform": {"rate": 12}
{"line": 4, "id": "2031-06-01", "baseline": {"rate": 10}, "reform": {"rate": 12}
cite run: 4 cases, 4 evaluated, 0 failed, 4 changed by the reform
[exit 0]
$ cite run tests/cli/reform/base --cases tests/cli/reform/cases.jsonl --date 2026-02-30
cite: --date '2026-02-30' is not a date YYYY-MM-DD of the calendar
[exit 2]
$ cite run rules --cases examples/reform/cases.jsonl --reform examples/reform 2>&1 >/dev/null | sed -n 1p
cite run: 1000 cases, 1000 evaluated, 0 failed, 0 changed by the reform
[exit 0]
$ cite run rules --cases examples/reform/cases.jsonl --reform examples/reform --date 2027-01-01 2>&1 >/dev/null | sed -n '1,2p'
cite run: 1000 cases, 1000 evaluated, 0 failed, 128 changed by the reform
  domestic_monthly                       595:13 ->       698:08 hours/month in all
[exit 0]
$ cite test examples/reform
ok    assessed in 2026, before the reform: the 6-hour cap still holds  (examples/reform/domestic-cap.scenario:6)
ok    assessed in 2027, under the reform: capped at 8 hours  (examples/reform/domestic-cap.scenario:19)
ok    under the reform, a need below 8 hours is not capped  (examples/reform/domestic-cap.scenario:31)
3 passed, 0 failed
[exit 0]
