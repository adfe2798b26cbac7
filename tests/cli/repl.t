$ cite repl tests/cli/slice --facts tests/cli/slice/adult.json < tests/cli/slice/session.in
severely_impaired = true  [MPP 30-701(s)(1); W&I Code 12303.4]
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
program = IPO  (fact: the funding program on the Notice of Action)
ranks[dressing] = 3  (fact: the Functional Index rank (1 to 6) of each task and mental function)
severely_impaired_weekly: 24:15 hours/week -> 13:15 hours/week (-11:00 hours/week)  [MPP 30-701(s)(1)]
  through si_task_weekly[bowel_bladder]: 4:00 hours/week -> 0:00 hours/week  [MPP 30-701(s)(1)(A)]
  through si_task_weekly[meal_preparation]: 7:00 hours/week -> 0:00 hours/week  [MPP 30-701(s)(1)(B)]
severely_impaired: true -> false  [MPP 30-701(s)(1); W&I Code 12303.4]
  through severely_impaired_weekly: 24:15 hours/week -> 13:15 hours/week  [MPP 30-701(s)(1)]
  through si_task_weekly[meal_preparation]: 7:00 hours/week -> 0:00 hours/week  [MPP 30-701(s)(1)(B)]
  through si_task_weekly[bowel_bladder]: 4:00 hours/week -> 0:00 hours/week  [MPP 30-701(s)(1)(A)]
program_maximum: 283:00 hours/month -> 195:00 hours/month (-88:00 hours/month)  [ACIN I-28-06; ACL 11-19; ACL 14-60]
  through severely_impaired: true -> false  [MPP 30-701(s)(1); W&I Code 12303.4]
  through severely_impaired_weekly: 24:15 hours/week -> 13:15 hours/week  [MPP 30-701(s)(1)]
  through si_task_weekly[meal_preparation]: 7:00 hours/week -> 0:00 hours/week  [MPP 30-701(s)(1)(B)]
  through si_task_weekly[bowel_bladder]: 4:00 hours/week -> 0:00 hours/week  [MPP 30-701(s)(1)(A)]
(the case itself is unchanged; set a fact with NAME = VALUE)
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
weekly_need[meal_preparation] = 0:00 hours/week  (fact: the assessed need per task per week)
weekly_need[bowel_bladder] = 0:00 hours/week  (fact: the assessed need per task per week)
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
program_maximum = 195:00 hours/month  [ACIN I-28-06; ACL 11-19; ACL 14-60]
  applied: otherwise: no exception applies
  facts: program = IPO
  step: nsi_maximum[IPO] = 195:00 a month [ACL 11-19]
  severely_impaired = false  [MPP 30-701(s)(1); W&I Code 12303.4]
    applied: definition
    step: 13:15 a week >= 20:00 a week: no (6:45 below)
    severely_impaired_weekly = 13:15 hours/week  [MPP 30-701(s)(1)]
      applied: definition
      si_task_weekly[domestic, laundry, shopping_food, other_shopping_errands, respiration,
          routine_bed_bath, menstrual_care, repositioning, prosthesis, accompaniment_medical,
          accompaniment_alternative_resource, yard_hazard_abatement, heavy_cleaning,
          teaching_demonstration] = 0:00 hours/week  [MPP 30-701(s)(1)]  (applied: otherwise: no
          exception applies)
      si_task_weekly[meal_preparation] = 0:00 hours/week  [MPP 30-701(s)(1)(B)]
        applied: when (t == meal_preparation or t == meal_cleanup) and has(weekly_need[t]) and
            has(weekly_need[feeding])
        facts: weekly_need[meal_preparation] = 0:00 hours/week, weekly_need[feeding] =
            3:00 hours/week
      si_task_weekly[meal_cleanup] = 2:30 hours/week  [MPP 30-701(s)(1)(B)]
        applied: when (t == meal_preparation or t == meal_cleanup) and has(weekly_need[t]) and
            has(weekly_need[feeding])
        facts: weekly_need[meal_cleanup] = 2:30 hours/week, weekly_need[feeding] = 3:00 hours/week
      si_task_weekly[bowel_bladder] = 0:00 hours/week  [MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare and has(weekly_need[t])
        facts: weekly_need[bowel_bladder] = 0:00 hours/week
      si_task_weekly[feeding] = 3:00 hours/week  [MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare and has(weekly_need[t])
        facts: weekly_need[feeding] = 3:00 hours/week
      si_task_weekly[dressing] = 1:45 hours/week  [MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare and has(weekly_need[t])
        facts: weekly_need[dressing] = 1:45 hours/week
      si_task_weekly[ambulation] = 1:30 hours/week  [MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare and has(weekly_need[t])
        facts: weekly_need[ambulation] = 1:30 hours/week
      si_task_weekly[transfer] = 1:00 hours/week  [MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare and has(weekly_need[t])
        facts: weekly_need[transfer] = 1:00 hours/week
      si_task_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare and has(weekly_need[t])
        facts: weekly_need[bathing_grooming] = 3:30 hours/week
      paramedical_weekly = 0:00 hours/week  [MPP 30-757.19; W&I Code 12300.1]
        applied: definition
        facts: paramedical = [0 items]
undone
undone
program_maximum = 283:00 hours/month  [W&I Code 12303.4]
error: unknown name 'severly_impaired'; did you mean 'severely_impaired'?
error: fact 'ranks.dressing' is 7; allowed: a whole number from 1 to 6
    input ranks: "the Functional Index rank (1 to 6) of each task and mental function"
error: unknown fact 'progam'; did you mean 'program'?
error: fact 'program' is "XYZ"; allowed: one of PCSP, IPO, IHSS_R, CFCO
    input program: "the funding program on the Notice of Action"; read by rule program_maximum
error: unknown command ':frobnicate' (:help lists them)
rules in force on 2019-01-01
rules in force on the case's assessment date
[exit 0]
$ printf 'household_members = 4\n:quit\n:quit\n' | cite repl tests/cli/slice --facts tests/cli/slice/adult.json
household_members = 4  (fact: people living in the home, the recipient included)
the case has unsaved changes: :save FILE keeps them; :quit again leaves without saving
[exit 0]
$ printf 'household_members = 4\n:save %s/cite-repl.json\n:quit\n' "${TMPDIR:-/tmp}" | cite repl tests/cli/slice --facts tests/cli/slice/adult.json | sed "s|${TMPDIR:-/tmp}|TMP|"; cite repl tests/cli/slice --facts "${TMPDIR:-/tmp}/cite-repl.json" <<< household_members
household_members = 4  (fact: people living in the home, the recipient included)
saved the case to TMP/cite-repl.json
household_members = 4  (fact: people living in the home, the recipient included)
[exit 0]
