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
  totals over the 4 evaluated cases; changed: the cases whose figure the reform changed
    result                                 before        after      change  changed
    rate                                                                          4
[exit 0]
$ cite run tests/cli/reform/base --cases tests/cli/reform/cases.jsonl --date 2026-02-30
cite: --date '2026-02-30' is not a date YYYY-MM-DD of the calendar
[exit 2]
$ cite run rules --cases examples/reform/cases.jsonl --reform examples/reform 2>&1 >/dev/null | sed -n 1p
cite run: 1000 cases, 1000 evaluated, 0 failed, 0 changed by the reform
[exit 0]
$ cite run rules --cases examples/reform/cases.jsonl --reform examples/reform --date 2027-01-01 2>&1 >/dev/null
cite run: 1000 cases, 1000 evaluated, 0 failed, 128 changed by the reform
  totals over the 1000 evaluated cases; changed: the cases whose figure the reform changed
    result                                 before        after      change  changed
    reassessment_due                                                              0
    assessment_overdue_date                                                       0
    domestic_monthly                       595:13       698:08     +102:55      128  hours/month
    hearing_deadline                                                              0
    hearing_deadline_good_cause                                                   0
    aid_paid_pending                                                              0
    notice_timely                                                                 0
    position_statement_due                                                        0
    htg_low                                                                       0
    htg_high                                                                      0
    needs_exception                                                               0
    exception_undocumented                                                        0
    program_maximum                     239528:00    239528:00        0:00        0  hours/month
    notice_difference                                                             0
    notice_below_guideline                                                        0
    notice_total_difference                  0:00         0:00        0:00        0  hours/month
    notice_program_maximum_differs                                                0
    paramedical_weekly                     415:21       415:21        0:00        0  hours/week
    program_eligible                                                              0
    expected_program                                                              0
    program_mismatch                                                              0
    protective_supervision_eligible                                               0
    protective_supervision_monthly           0:00         0:00        0:00        0  hours/month
    resources_not_deducted                                                        0
    task_weekly                                                                 128
    severely_impaired_weekly              8621:14      8621:14        0:00        0  hours/week
    severely_impaired                                                             0
    assessed_monthly                     45346:46     45449:41     +102:55      128  hours/month
    total_monthly                        45346:46     45449:41     +102:55      128  hours/month
    unverified                                                                    0
  total_monthly by program (hours/month):
    program      cases       before        after      change  changed
    PCSP SI          7       760:24       760:24        0:00        0
    PCSP NSI       245     10712:16     10740:41      +28:25       28
    IPO SI           7       731:49       731:49        0:00        0
    IPO NSI        243     10989:34     11016:30      +26:56       35
    IHSS_R SI        6       607:04       607:04        0:00        0
    IHSS_R NSI     251     10764:08     10793:42      +29:34       40
    CFCO SI          3       348:09       348:33       +0:24        1
    CFCO NSI       238     10433:23     10450:58      +17:35       24
  change per case in total_monthly (hours/month):
    change < -10:00                    0
    -10:00 <= change <= -1:00          0
    -1:00 < change < 0:00              0
    change = 0:00                    872
    0:00 < change < +1:00             85
    +1:00 <= change <= +10:00         43
    change > +10:00                    0
[exit 0]
$ cite test examples/reform
ok    assessed in 2026, before the reform: the 6-hour cap still holds  (examples/reform/domestic-cap.scenario:6)
ok    assessed in 2027, under the reform: capped at 8 hours  (examples/reform/domestic-cap.scenario:19)
ok    under the reform, a need below 8 hours is not capped  (examples/reform/domestic-cap.scenario:31)
3 passed, 0 failed
[exit 0]
