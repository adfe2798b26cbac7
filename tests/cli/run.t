$ cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum
{"line": 1, "id": "a", "results": {"program_maximum": {"value": "195:00", "unit": "hours/month", "minutes": 11700}}}
{"line": 2, "error": {"message": "line 2: error: fact 'program' is \"XYZ\"; allowed: one of PCSP, IPO, IHSS_R, CFCO"}}
{"line": 4, "id": 4, "results": {"program_maximum": {"value": "283:00", "unit": "hours/month", "minutes": 16980}}}
{"line": 5, "id": "d", "results": {"program_maximum": {"value": "283:00", "unit": "hours/month", "minutes": 16980}}}
cite run: 4 cases, 3 evaluated, 1 failed
  failed, by kind (each case's first error; standard output has them all):
        1  fact 'program' is ...; allowed: one of PCSP, IPO, IHSS_R, CFCO
           e.g. line 2: fact 'program' is "XYZ"; allowed: one of PCSP, IPO, IHSS_R, CFCO
[exit 1]
$ cite run tests/cli/slice --cases tests/cli/run/cases.csv --query program_maximum --query severely_impaired
{"line": 2, "id": "a", "results": {"program_maximum": {"value": "195:00", "unit": "hours/month", "minutes": 11700}, "severely_impaired": false}}
{"line": 3, "id": "b, with a comma", "results": {"program_maximum": {"value": "283:00", "unit": "hours/month", "minutes": 16980}, "severely_impaired": true}}
{"line": 4, "error": {"message": "line 4: error: fact 'weekly_need.dressing' is \"1:3\"; allowed: a duration \"H:MM\" or a number of minutes, not negative"}}
cite run: 3 cases, 2 evaluated, 1 failed
  failed, by kind (each case's first error; standard output has them all):
        1  fact 'weekly_need.dressing' is ...; allowed: a duration "H:MM" or a number of minutes, not negative
           e.g. line 4: fact 'weekly_need.dressing' is "1:3"; allowed: a duration "H:MM" or a number of minutes, not negative
[exit 1]
$ cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum --jobs 2 2>/dev/null | cmp - <(cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum 2>/dev/null) && echo same order
same order
[exit 0]
$ cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum --reform tests/cli/run/reform --summary "${TMPDIR:-/tmp}/cite-summary.json" 2>/dev/null | sed -n 1p; cat "${TMPDIR:-/tmp}/cite-summary.json"
{"line": 1, "id": "a", "baseline": {"program_maximum": {"value": "195:00", "unit": "hours/month", "minutes": 11700}}, "reform": {"program_maximum": {"value": "210:00", "unit": "hours/month", "minutes": 12600}}, "changed": {"program_maximum": {"old": {"value": "195:00", "unit": "hours/month", "minutes": 11700}, "new": {"value": "210:00", "unit": "hours/month", "minutes": 12600}, "difference": {"value": "15:00", "unit": "hours/month", "minutes": 900}}}}
{"cases": 4, "evaluated": 3, "failed": 1, "changed": 1,
 "failures": [{"kind": "fact 'program' is ...; allowed: one of PCSP, IPO, IHSS_R, CFCO", "cases": 1, "example": "line 2: fact 'program' is \"XYZ\"; allowed: one of PCSP, IPO, IHSS_R, CFCO"}],
 "totals": {"program_maximum": {"before": {"value": "761:00", "unit": "hours/month", "minutes": 45660, "hours": 761}, "after": {"value": "776:00", "unit": "hours/month", "minutes": 46560, "hours": 776}, "difference": {"value": "15:00", "unit": "hours/month", "minutes": 900, "hours": 15}, "cases_changed": 1}},
 "changed_by_result": {"program_maximum": 1},
 "by_program": {"result": "program_maximum", "groups": [{"program": "PCSP", "severely_impaired": null, "cases": 1, "before": {"value": "283:00", "unit": "hours/month", "minutes": 16980, "hours": 283}, "after": {"value": "283:00", "unit": "hours/month", "minutes": 16980, "hours": 283}, "difference": {"value": "0:00", "unit": "hours/month", "minutes": 0, "hours": 0}, "cases_changed": 0}, {"program": "IPO", "severely_impaired": null, "cases": 2, "before": {"value": "478:00", "unit": "hours/month", "minutes": 28680, "hours": 478}, "after": {"value": "493:00", "unit": "hours/month", "minutes": 29580, "hours": 493}, "difference": {"value": "15:00", "unit": "hours/month", "minutes": 900, "hours": 15}, "cases_changed": 1}]},
 "distribution": {"result": "program_maximum", "buckets": [{"change": "change < -10:00", "from_minutes": null, "from_included": false, "to_minutes": -600, "to_included": false, "cases": 0}, {"change": "-10:00 <= change <= -1:00", "from_minutes": -600, "from_included": true, "to_minutes": -60, "to_included": true, "cases": 0}, {"change": "-1:00 < change < 0:00", "from_minutes": -60, "from_included": false, "to_minutes": 0, "to_included": false, "cases": 0}, {"change": "change = 0:00", "from_minutes": 0, "from_included": true, "to_minutes": 0, "to_included": true, "cases": 2}, {"change": "0:00 < change < +1:00", "from_minutes": 0, "from_included": false, "to_minutes": 60, "to_included": false, "cases": 0}, {"change": "+1:00 <= change <= +10:00", "from_minutes": 60, "from_included": true, "to_minutes": 600, "to_included": true, "cases": 0}, {"change": "change > +10:00", "from_minutes": 600, "from_included": false, "to_minutes": null, "to_included": false, "cases": 1}]}}
[exit 0]
$ cite run tests/cli/slice --cases tests/cli/run/cases.jsonl --query program_maximum --reform tests/cli/run/reform 2>&1 >/dev/null
cite run: 4 cases, 3 evaluated, 1 failed, 1 changed by the reform
  failed, by kind (each case's first error; standard output has them all):
        1  fact 'program' is ...; allowed: one of PCSP, IPO, IHSS_R, CFCO
           e.g. line 2: fact 'program' is "XYZ"; allowed: one of PCSP, IPO, IHSS_R, CFCO
  totals over the 3 evaluated cases (a failed case is in no total); changed: the cases whose figure the reform changed
    result                                 before        after      change  changed
    program_maximum                        761:00       776:00      +15:00        1  hours/month
  program_maximum by program (hours/month):
    program      cases       before        after      change  changed
    PCSP             1       283:00       283:00        0:00        0
    IPO              2       478:00       493:00      +15:00        1
  change per case in program_maximum (hours/month):
    change < -10:00                    0
    -10:00 <= change <= -1:00          0
    -1:00 < change < 0:00              0
    change = 0:00                      2
    0:00 < change < +1:00              0
    +1:00 <= change <= +10:00          0
    change > +10:00                    1
[exit 1]
$ cite run tests/cli/reform/base --cases tests/cli/reform/cases.jsonl --reform tests/cli/reform/dated 2>&1 >/dev/null
cite run: 4 cases, 3 evaluated, 1 failed, 2 changed by the reform
  failed, by kind (each case's first error; standard output has them all):
        1  rate: no version of 'rate' is in force on #
           e.g. line 1: rate: no version of 'rate' is in force on 2019-06-01
  totals over the 3 evaluated cases (a failed case is in no total); changed: the cases whose figure the reform changed
    result                                 before        after      change  changed
    rate                                                                          2
    flat                                                                          2
[exit 1]
$ cite run rules --cases examples/reform/mistakes.csv --query total_monthly 2>&1 >/dev/null
cite run: 4 cases, 2 evaluated, 2 failed
  failed, by kind (each case's first error; standard output has them all):
        1  fact 'assessment_date' is ...; allowed: a date "YYYY-MM-DD" of the calendar
           e.g. line 4: fact 'assessment_date' is "02/01/2027"; allowed: a date "YYYY-MM-DD" of the calendar
        1  fact 'program' is ...; allowed: one of PCSP, IPO, IHSS_R, CFCO
           e.g. line 5: fact 'program' is "PSCP"; allowed: one of PCSP, IPO, IHSS_R, CFCO; did you mean 'PCSP'?
[exit 1]
$ : 'cite run reports whole results: an entry of a table result says which query gives it, in both spellings eval accepts; a misspelt rule gets a suggestion, a fact is named as one (exit 2)'; for q in task_weekly.dressing 'task_weekly[dressing]' total_montly age; do cite run rules --cases tests/cli/run/cases.jsonl --query "$q"; echo "exit $?"; done
cite: 'task_weekly.dressing' is an entry of the table 'task_weekly'; this command reports whole results: --query task_weekly gives dressing with the table's other entries
exit 2
cite: 'task_weekly[dressing]' is an entry of the table 'task_weekly'; this command reports whole results: --query task_weekly gives dressing with the table's other entries
exit 2
cite: unknown rule 'total_montly'; did you mean 'total_monthly'?
exit 2
cite: 'age' is a fact, not a rule; --query takes rules
exit 2
[exit 0]
$ : 'a caseload whose missing facts differ from case to case (weekly_need.feeding, then .dressing, then .feeding again, through the same expression; a record field one case, its sibling the next) and whose durations repeat in both periods (240 minutes a week and a month): cite run keeps the last error JSON and duration JSON it wrote, and must not write the wrong one'; cite run tests/cli/messages --cases tests/cli/messages/cases.jsonl --query need --query need_monthly --query visit_day --query visit_length 2>&1 | grep -o '^{"line": [0-9]*\|"message": "[^"]*"\|"minutes": [0-9]*}\|hours/[a-z]*' | tr '\n' ' ' | sed 's/{"line"/\n&/g'; echo

{"line": 1 hours/week "minutes": 60} hours/week "minutes": 60} hours/week "minutes": 60} hours/month "minutes": 240} 
{"line": 2 "message": "fact 'weekly_need.feeding' is missing: the need per task per week (input weekly_need)" hours/month "minutes": 240} "message": "fact 'visit.minutes' is missing: its length (input visit)" 
{"line": 3 "message": "fact 'weekly_need.dressing' is missing: the need per task per week (input weekly_need)" hours/month "minutes": 240} "message": "fact 'visit.date' is missing: the day of the visit (input visit)" 
{"line": 4 "message": "fact 'weekly_need.feeding' is missing: the need per task per week (input weekly_need)" hours/month "minutes": 480} "message": "fact 'visit.date' is missing: the day of the visit (input visit)" "message": "fact 'visit.minutes' is missing: its length (input visit)" 
{"line": 5 "message": "fact 'weekly_need.laundry' is missing: the need per task per week (input weekly_need)" "message": "fact 'weekly_need.laundry' is missing: the need per task per week (input weekly_need)" 
{"line": 6 hours/week "minutes": 60} hours/week "minutes": 60} hours/week "minutes": 240} hours/month "minutes": 240} 
{"line": 7 "message": "fact 'weekly_need.laundry' is missing: the need per task per week (input weekly_need)" "message": "fact 'weekly_need.laundry' is missing: the need per task per week (input weekly_need)" "message": "fact 'visit.date' is missing: the day of the visit (input visit)" "message": "fact 'visit.minutes' is missing: its length (input visit)" 
[exit 0]
$ : 'and each of its lines is what cite eval --json writes for that case alone (value_json and report.c, with no cache)'; cite run tests/cli/messages --cases tests/cli/messages/cases.jsonl --query need --query need_monthly --query visit_day --query visit_length 2>/dev/null | sed 's/^{"line": [0-9]*, "id": "[^"]*", /{/' > ${TMPDIR:-/tmp}/cite-run-lines; while read -r l; do echo "$l" > ${TMPDIR:-/tmp}/cite-one.json; cite eval tests/cli/messages --facts ${TMPDIR:-/tmp}/cite-one.json --query need --query need_monthly --query visit_day --query visit_length --json 2>/dev/null | sed 's/^  //; s/,$/, /' | tr -d '\n'; echo; done < tests/cli/messages/cases.jsonl | cmp - ${TMPDIR:-/tmp}/cite-run-lines && echo same
same
[exit 0]
$ : 'the same caseload as CSV: cite run keeps the text of the numbers it wrote last (a slot a value), and must not write the wrong one'; cite run tests/cli/messages --cases tests/cli/messages/cases.jsonl --query need --query need_monthly --query visit_day --query visit_length --format csv 2>/dev/null | cut -d, -f1-7
line,id,need.laundry,need.feeding,need.dressing,need_monthly,visit_day
1,all,60,60,60,240,2026-01-05
2,no feeding,,,,240,2026-01-05
3,no dressing,,,,240,
4,no feeding again,,,,480,
5,no laundry,,,,,2026-01-06
6,all again,60,60,240,240,2026-01-05
7,none,,,,,
[exit 0]
