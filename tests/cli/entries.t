$ cite eval rules --facts examples/adult-ipo.json --query task_weekly.dressing --query 'task_weekly[feeding]'
task_weekly[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
task_weekly[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query 'task_weekly[dressing]' --json
{"results": {
  "task_weekly.dressing": {"value": "1:45", "unit": "hours/week", "minutes": 105}
}}
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query task_weekly.dressing --explain --json | grep -o '"rule": "task_weekly\[dressing\]"'
"rule": "task_weekly[dressing]"
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query task_weekly.dressin
cite: 'task_weekly' has no entry 'dressin'
[exit 2]
$ cite eval rules --facts examples/adult-ipo.json --query total_monthly.x
cite: 'total_monthly' has no entry 'x' (it is not a table)
[exit 2]
$ cite whatif rules --facts examples/adult-ipo.json --set 'weekly_need[dressing]=2:00' --query task_weekly.dressing | head -5
What if weekly_need[dressing]=2:00?

1 result changes:
  task_weekly[dressing]: 1:45 hours/week -> 2:00 hours/week (+0:15 hours/week)
      [W&I Code 12301.2(c)]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --all | wc -l
167
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json | wc -l
39
[exit 0]
$ printf 'task_weekly[dressing]\nweekly_need[dressing] = 2:00\ntask_weekly.dressing\n' | cite repl rules --facts examples/adult-ipo.json
task_weekly[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
weekly_need[dressing] = 2:00 hours/week  (fact: the assessed need per task per week)
task_weekly[dressing] = 2:00 hours/week  [W&I Code 12301.2(c)]
the case had unsaved changes
[exit 0]
