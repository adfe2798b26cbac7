$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --query domestic_monthly --query hearing_deadline
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
domestic_monthly = 2:00 hours/month  [MPP 30-757.11(k)(1); MPP 30-763.31]
hearing_deadline = 2026-06-14  [W&I Code 10951(a)]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query domestic_monthly --explain
domestic_monthly = 2:00 hours/month  [MPP 30-757.11(k)(1); MPP 30-763.31]
  applied: otherwise: no exception applies
  facts: able_and_available_spouse = false, live_in_attendant_only = false, household_members = 3
  step: prorated 6:00 a month / 3 people = 2:00 a month
  minor = false  [ACL 23-106]
    applied: definition
    facts: age = 54
  domestic_capped = 6:00 hours/month  [MPP 30-757.11(k)(1)]
    applied: otherwise: no exception applies
    step: 6:00 a month > 6:00 a month: no
    domestic_need_monthly = 6:00 hours/month  [MPP 30-757.11(k)(1)]
      applied: when has(ranks[domestic]) and ranks[domestic] in 2..5 and not has(weekly_need[domestic])
      facts: ranks.domestic = 4

[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --query severely_impaired --query domestic_monthly --query hearing_deadline --json
{"results": {
  "program_maximum": {"value": "283:00", "unit": "hours/month", "minutes": 16980},
  "severely_impaired": true,
  "domestic_monthly": {"value": "2:00", "unit": "hours/month", "minutes": 120},
  "hearing_deadline": "2026-06-14"
}}
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query domestic_monthly --query hearing_deadline --json --explain
{"results": {
  "domestic_monthly": {"value": "2:00", "unit": "hours/month", "minutes": 120},
  "hearing_deadline": "2026-06-14"
},
"trace": {
  "domestic_monthly": {"rule": "domestic_monthly", "value": {"value": "2:00", "unit": "hours/month", "minutes": 120}, "cite": ["MPP 30-757.11(k)(1)", "MPP 30-763.31"], "applied": "otherwise: no exception applies", "inputs": {"able_and_available_spouse": false, "live_in_attendant_only": false, "household_members": 3}, "steps": ["prorated 6:00 a month / 3 people = 2:00 a month"], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "applied": "definition", "inputs": {"age": 54}, "steps": [], "children": []}, {"rule": "domestic_capped", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)"], "applied": "otherwise: no exception applies", "inputs": {}, "steps": ["6:00 a month > 6:00 a month: no"], "children": [{"rule": "domestic_need_monthly", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)"], "applied": "when has(ranks[domestic]) and ranks[domestic] in 2..5 and not has(weekly_need[domestic])", "inputs": {"ranks.domestic": 4}, "steps": [], "children": []}]}]},
  "hearing_deadline": {"rule": "hearing_deadline", "value": "2026-06-14", "cite": ["W&I Code 10951(a)"], "applied": "definition", "reason": "the notice is dated March 16, 2026: ask for a state hearing by June 14, 2026, 90 days later (weekends and holidays count)", "inputs": {"notice_of_action.date": "2026-03-16"}, "steps": [], "children": []}
}}
[exit 0]
