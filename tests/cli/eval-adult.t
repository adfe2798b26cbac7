$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --query domestic_monthly --query hearing_deadline
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
domestic_monthly = 2:00 hours/month  [MPP 30-757.11(k)(1); MPP 30-763.31]
hearing_deadline = 2026-06-14  [W&I Code 10951(a)]
[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query domestic_monthly --explain
domestic_monthly = 2:00 hours/month  [MPP 30-757.11(k)(1); MPP 30-763.31]
  applied: otherwise: no exception applies
  why: the household's domestic time, 6:00 a month, is divided among 3 people
  facts: live_in_attendant_only = false
  step: prorated 6:00 a month / 3 people = 2:00 a month
  minor = false  [ACL 23-106]
    applied: definition
    why: the recipient is 54
    facts: age = 54
  spouse_provides = false  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: the case says whether an able and available spouse lives in the home
    facts: spouse_unavailable_over_24h = false, able_and_available_spouse = false
  domestic_capped = 6:00 hours/month  [MPP 30-757.11(k)(1)]
    applied: otherwise: no exception applies
    why: the domestic need, 6:00 a month, is within the 6 hours a month for the household
    step: 6:00 a month > 6:00 a month: no
    domestic_need_monthly = 6:00 hours/month  [MPP 30-757.11(k)(1)]
      applied: when ranked[domestic] and rank[domestic] in 2..5 and not has(weekly_need[domestic])
      why: domestic is ranked 4 and no need is given, so the 6 hours a month of the regulation apply
      ranked[domestic] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Domestic Services has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[domestic] = 4
      rank[domestic] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Domestic Services has its own rank on the notice, 4
        facts: ranks[domestic] = 4
  domestic_housemates = 3  [MPP 30-763.31]
    applied: otherwise: no exception applies
    why: the domestic need is shared among the 3 people of the home
    facts: household_members = 3

[exit 0]
$ cite eval rules --facts examples/adult-ipo.json --query program_maximum --query severely_impaired --query domestic_monthly --query hearing_deadline --json
{"results": {
  "program_maximum": {"value": "195:00", "unit": "hours/month", "minutes": 11700},
  "severely_impaired": false,
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
  "domestic_monthly": {"rule": "domestic_monthly", "value": {"value": "2:00", "unit": "hours/month", "minutes": 120}, "cite": ["MPP 30-757.11(k)(1)", "MPP 30-763.31"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the household's domestic time, 6:00 a month, is divided among 3 people", "inputs": {"live_in_attendant_only": false}, "steps": ["prorated 6:00 a month / 3 people = 2:00 a month"], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {"age": 54}, "steps": [], "children": []}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {"spouse_unavailable_over_24h": false, "able_and_available_spouse": false}, "steps": [], "children": []}, {"rule": "domestic_capped", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the domestic need, 6:00 a month, is within the 6 hours a month for the household", "inputs": {}, "steps": ["6:00 a month > 6:00 a month: no"], "children": [{"rule": "domestic_need_monthly", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)"], "unverified": [], "applied": "when ranked[domestic] and rank[domestic] in 2..5 and not has(weekly_need[domestic])", "reason": "domestic is ranked 4 and no need is given, so the 6 hours a month of the regulation apply", "inputs": {}, "steps": [], "children": [{"rule": "ranked[domestic]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Domestic Services has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.domestic": 4}, "steps": [], "children": []}, {"rule": "rank[domestic]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Domestic Services has its own rank on the notice, 4", "inputs": {"ranks.domestic": 4}, "steps": [], "children": []}]}]}, {"rule": "domestic_housemates", "value": 3, "cite": ["MPP 30-763.31"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the domestic need is shared among the 3 people of the home", "inputs": {"household_members": 3}, "steps": [], "children": []}]},
  "hearing_deadline": {"rule": "hearing_deadline", "value": "2026-06-14", "cite": ["W&I Code 10951(a)"], "unverified": [], "applied": "definition", "reason": "the notice is dated March 16, 2026: ask for a state hearing by June 14, 2026, 90 days later (weekends and holidays count)", "inputs": {"notice_of_action.date": "2026-03-16"}, "steps": [], "children": []}
}}
[exit 0]
