$ cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum
{"line": 1, "id": "a", "results": {"program_maximum": {"value": "195:00", "unit": "hours/month", "minutes": 11700}}}
{"line": 2, "error": {"message": "line 2: error: fact 'program' is \"XYZ\"; allowed: one of PCSP, IPO, IHSS_R, CFCO"}}
{"line": 4, "id": 4, "results": {"program_maximum": {"value": "283:00", "unit": "hours/month", "minutes": 16980}}}
{"line": 5, "id": "d", "results": {"program_maximum": {"value": "283:00", "unit": "hours/month", "minutes": 16980}}}
cite run: 4 cases, 3 evaluated, 1 failed
[exit 1]
$ cite run tests/cli/slice --cases tests/cli/run/cases.csv --query program_maximum --query severely_impaired
{"line": 2, "id": "a", "results": {"program_maximum": {"value": "195:00", "unit": "hours/month", "minutes": 11700}, "severely_impaired": false}}
{"line": 3, "id": "b, with a comma", "results": {"program_maximum": {"value": "283:00", "unit": "hours/month", "minutes": 16980}, "severely_impaired": true}}
{"line": 4, "error": {"message": "line 4: error: fact 'weekly_need.dressing' is \"1:3\"; allowed: a duration \"H:MM\" or a number of minutes, not negative"}}
cite run: 3 cases, 2 evaluated, 1 failed
[exit 1]
$ cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum --jobs 2 2>/dev/null | cmp - <(cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum 2>/dev/null) && echo same order
same order
[exit 0]
$ cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum --reform tests/cli/run/reform --summary "${TMPDIR:-/tmp}/cite-summary.json" 2>/dev/null | sed -n 1p; cat "${TMPDIR:-/tmp}/cite-summary.json"
{"line": 1, "id": "a", "baseline": {"program_maximum": {"value": "195:00", "unit": "hours/month", "minutes": 11700}}, "reform": {"program_maximum": {"value": "210:00", "unit": "hours/month", "minutes": 12600}}, "changed": {"program_maximum": {"old": {"value": "195:00", "unit": "hours/month", "minutes": 11700}, "new": {"value": "210:00", "unit": "hours/month", "minutes": 12600}, "difference": {"value": "15:00", "unit": "hours/month", "minutes": 900}}}}
{"cases": 4, "evaluated": 3, "failed": 1, "changed": 1, "totals": {"program_maximum": {"before": {"value": "761:00", "unit": "hours/month", "minutes": 45660}, "after": {"value": "776:00", "unit": "hours/month", "minutes": 46560}}}, "by_program": {"result": "program_maximum"}, "distribution": {"down more than 10:00": 0, "down 1:00 to 10:00": 0, "down less than 1:00": 0, "unchanged": 2, "up less than 1:00": 0, "up 1:00 to 10:00": 0, "up more than 10:00": 1}}
[exit 0]
$ cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum --reform tests/cli/run/reform 2>&1 >/dev/null
cite run: 4 cases, 3 evaluated, 1 failed, 1 changed by the reform
  program_maximum                        761:00 ->       776:00 hours/month in all
  program_maximum by program:
  change per case in program_maximum:
    down more than 10:00         0
    down 1:00 to 10:00           0
    down less than 1:00          0
    unchanged                    2
    up less than 1:00            0
    up 1:00 to 10:00             0
    up more than 10:00           1
[exit 1]
