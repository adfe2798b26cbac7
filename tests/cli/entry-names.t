$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query 'si_task_weekly[dressing]' --query si_task_weekly.bathing_grooming
si_task_weekly[dressing] = 1:45 hours/week  [MPP 30-701(s)(1)(A)]
si_task_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-701(s)(1)(A)]
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query 'si_task_weekly[ dressing ]' --json
{"results": {
  "si_task_weekly.dressing": {"value": "1:45", "unit": "hours/week", "minutes": 105}
}}
[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query 'si_task_weekly[dressing]' --explain
si_task_weekly[dressing] = 1:45 hours/week  [MPP 30-701(s)(1)(A)]
  applied: when t in PersonalCare and has(weekly_need[t])
  facts: weekly_need[dressing] = 1:45 hours/week

[exit 0]
$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query si_task_weekly.dresing
cite: 'si_task_weekly' has no entry 'dresing'
[exit 2]
$ cite eval tests/cli/slice --facts tests/cli/slice/adult.json --query program_maximum.IPO
cite: 'program_maximum' has no entry 'IPO' (it is not a table)
[exit 2]
$ cite whatif tests/cli/slice --facts tests/cli/slice/adult.json --set 'weekly_need[dressing]=2:00' --query 'si_task_weekly[dressing]' | sed -n '1,4p'
What if weekly_need[dressing]=2:00?

1 result changes:
  si_task_weekly[dressing]: 1:45 hours/week -> 2:00 hours/week (+0:15 hours/week)
[exit 0]
$ printf 'si_task_weekly[dressing]\nsi_task_weekly.dressing\nweekly_need[dressing] = 2:00\n:why si_task_weekly[dressing]\n:unset weekly_need[dressing]\n' | cite repl tests/cli/slice --facts tests/cli/slice/adult.json | head -8
si_task_weekly[dressing] = 1:45 hours/week  [MPP 30-701(s)(1)(A)]
si_task_weekly[dressing] = 1:45 hours/week  [MPP 30-701(s)(1)(A)]
weekly_need[dressing] = 2:00 hours/week  (fact: the assessed need per task per week)
si_task_weekly[dressing] = 2:00 hours/week  [MPP 30-701(s)(1)(A)]
  applied: when t in PersonalCare and has(weekly_need[t])
  facts: weekly_need[dressing] = 2:00 hours/week
weekly_need[dressing] removed
the case had unsaved changes
[exit 0]
