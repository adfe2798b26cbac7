$ cite whatif rules --facts examples/adult-ipo.json --set household_members=1 --query domestic_monthly --query program_maximum
What if household_members=1?

1 result changes:
  domestic_monthly: 2:00 hours/month -> 6:00 hours/month (+4:00 hours/month)  [MPP 30-757.11(k)(1); MPP 30-763.31]

Unchanged: program_maximum

Why, with the new facts:

domestic_monthly = 6:00 hours/month  [MPP 30-757.11(k)(1); MPP 30-763.31]
  applied: otherwise: no exception applies
  facts: able_and_available_spouse = false, live_in_attendant_only = false, household_members = 1
  step: prorated 6:00 a month / 1 person = 6:00 a month
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
$ cite whatif rules --facts examples/adult-ipo.json --set household_members=1 --query domestic_monthly --query program_maximum --json
{"changed": {
  "domestic_monthly": {"old": {"value": "2:00", "unit": "hours/month", "minutes": 120}, "new": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "difference": {"value": "4:00", "unit": "hours/month", "minutes": 240}}},
"unchanged": ["program_maximum"],
"trace": {
  "domestic_monthly": {"rule": "domestic_monthly", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)", "MPP 30-763.31"], "applied": "otherwise: no exception applies", "inputs": {"able_and_available_spouse": false, "live_in_attendant_only": false, "household_members": 1}, "steps": ["prorated 6:00 a month / 1 person = 6:00 a month"], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "applied": "definition", "inputs": {"age": 54}, "steps": [], "children": []}, {"rule": "domestic_capped", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)"], "applied": "otherwise: no exception applies", "inputs": {}, "steps": ["6:00 a month > 6:00 a month: no"], "children": [{"rule": "domestic_need_monthly", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)"], "applied": "when has(ranks[domestic]) and ranks[domestic] in 2..5 and not has(weekly_need[domestic])", "inputs": {"ranks.domestic": 4}, "steps": [], "children": []}]}]}}}
[exit 0]
