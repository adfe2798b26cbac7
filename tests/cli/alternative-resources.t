$ cite whatif rules --facts examples/older-paramedical-spouse.json --set alternative_resources.bathing_grooming=2:00 --query task_weekly --query resources_not_deducted
What if alternative_resources.bathing_grooming=2:00?

1 result changes:
  task_weekly[bathing_grooming]: 3:30 hours/week -> 2:30 hours/week (-1:00 hours/week)  [MPP 30-763.611]

Unchanged: resources_not_deducted

Why, with the new facts:

task_weekly[domestic] = 0:00 hours/week  [MPP 30-757.11(k)(1); W&I Code 12301.1(b)(1)]
  applied: when t == domestic
  step: 0:00 a month / 4.33 = 0:00 a week
  domestic_monthly = 0:00 hours/month  [MPP 30-763.413; ACL 21-91]
    applied: when spouse_provides
    minor = false  [ACL 23-106]
      applied: definition
      facts: age = 78
    spouse_provides = true  [MPP 30-763.413; ACL 21-91]
      applied: otherwise: no exception applies
      facts: spouse_unavailable_over_24h = false, able_and_available_spouse = true
  weeks_per_month = 4.33  [W&I Code 12301.1(b)(1)]
    applied: definition
task_weekly[meal_preparation] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[meal_preparation] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[meal_preparation] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    task_authorized[meal_preparation] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[meal_cleanup] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[meal_cleanup] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[meal_cleanup] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    task_authorized[meal_cleanup] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[laundry] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[laundry] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[laundry] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    task_authorized[laundry] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[shopping_food] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[shopping_food] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[shopping_food] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    task_authorized[shopping_food] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    task_authorized[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[respiration] = 0:00 hours/week  [MPP 30-756.1; MPP 30-757.19]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[respiration] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[respiration] = 0:00 hours/week  [MPP 30-756.1; MPP 30-757.19]
    applied: otherwise: no exception applies
    task_authorized[respiration] = 0:00 hours/week  [MPP 30-756.1; MPP 30-757.19]
      applied: when ranked[t] and rank[t] == 6
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[respiration] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.respiration = 6
      rank[respiration] = 6  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.respiration = 6
task_weekly[bowel_bladder] = 5:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[bowel_bladder] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[bowel_bladder] = 5:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[bowel_bladder] = 5:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.bowel_bladder = 4
      rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.bowel_bladder = 4
      guideline_weekly[bowel_bladder] = 5:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.bowel_bladder = 5:00 hours/week
        needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]
          unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.bowel_bladder = 5:00 hours/week
          step: htg[bowel_bladder, 4] = 2:55 to 5:50 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[bowel_bladder] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]  (explained above)
        rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[feeding] = 1:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[feeding, 2]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[feeding] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[feeding] = 1:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[feeding] = 1:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.feeding = 2
      rank[feeding] = 2  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.feeding = 2
      guideline_weekly[feeding] = 1:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.feeding = 1:00 hours/week
        needs_exception[feeding] = false  [MPP 30-757.1(a)]
          unverified: htg[feeding, 2]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.feeding = 1:00 hours/week
          step: htg[feeding, 2] = 0:42 to 2:18 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[feeding] = 2  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[feeding] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[feeding] = false  [MPP 30-757.1(a)]  (explained above)
        rank[feeding] = 2  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[routine_bed_bath] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[routine_bed_bath] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]
          applied: definition
task_weekly[dressing] = 2:15 hours/week  [MPP 30-757.1(a)]
  unverified: htg[dressing, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[dressing] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[dressing] = 2:15 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[dressing] = 2:15 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.dressing = 4
      rank[dressing] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.dressing = 4
      guideline_weekly[dressing] = 2:15 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.dressing = 2:15 hours/week
        needs_exception[dressing] = false  [MPP 30-757.1(a)]
          unverified: htg[dressing, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.dressing = 2:15 hours/week
          step: htg[dressing, 4] = 1:30 to 2:20 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[dressing] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[dressing] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[dressing] = false  [MPP 30-757.1(a)]  (explained above)
        rank[dressing] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[menstrual_care] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[menstrual_care] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[ambulation] = 2:30 hours/week  [MPP 30-757.1(a)]
  unverified: htg[ambulation, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[ambulation] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[ambulation] = 2:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[ambulation] = 2:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.ambulation = 4
      rank[ambulation] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.ambulation = 4
      guideline_weekly[ambulation] = 2:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.ambulation = 2:30 hours/week
        needs_exception[ambulation] = false  [MPP 30-757.1(a)]
          unverified: htg[ambulation, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.ambulation = 2:30 hours/week
          step: htg[ambulation, 4] = 1:45 to 3:30 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[ambulation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[ambulation] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[ambulation] = false  [MPP 30-757.1(a)]  (explained above)
        rank[ambulation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[transfer] = 2:45 hours/week  [W&I Code 12301.2(c)]
  unverified: htg[transfer, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[transfer] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[transfer] = 2:45 hours/week  [W&I Code 12301.2(c)]
    applied: otherwise: no exception applies
    task_authorized[transfer] = 2:45 hours/week  [W&I Code 12301.2(c)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.transfer = 4
      rank[transfer] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.transfer = 4
      guideline_weekly[transfer] = 2:45 hours/week  [W&I Code 12301.2(c)]
        applied: when exception_undocumented[t]
        facts: weekly_need.transfer = 2:45 hours/week
        needs_exception[transfer] = true  [W&I Code 12301.2(c); MPP 30-757.1(a)]
          unverified: htg[transfer, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: when ranked[t] and rank[t] in 2..5 and has(weekly_need[t]) and not (weekly_need[t] in htg[t, rank[t]])
          facts: weekly_need.transfer = 2:45 hours/week
          step: htg[transfer, 4] = 1:06 to 2:20 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[transfer] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[transfer] = true  [W&I Code 12301.2(c)]
          applied: when needs_exception[t] and not has(exception_reason[t])
          needs_exception[transfer] = true  [W&I Code 12301.2(c); MPP 30-757.1(a)]  (explained above)
task_weekly[bathing_grooming] = 2:30 hours/week  [MPP 30-763.611]
  unverified: htg[bathing_grooming, 5]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: when resources_deducted[t] > 0:00/week
  step: 2:00 a week > 0:00 a week: yes (2:00 above)
  step: 4:30 a week - 2:00 a week = 2:30 a week
  resources_deducted[bathing_grooming] = 2:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[bathing_grooming] = 4:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[bathing_grooming] = 4:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.bathing_grooming = 5
      rank[bathing_grooming] = 5  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.bathing_grooming = 5
      guideline_weekly[bathing_grooming] = 4:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.bathing_grooming = 4:30 hours/week
        needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]
          unverified: htg[bathing_grooming, 5]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.bathing_grooming = 4:30 hours/week
          step: htg[bathing_grooming, 5] = 3:00 to 5:06 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[bathing_grooming] = 5  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[bathing_grooming] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]  (explained above)
        rank[bathing_grooming] = 5  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[repositioning] = 2:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[repositioning, 4]: recalled, and whether the range is the same for every rank: verify against MPP 30-757
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[repositioning] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[repositioning] = 2:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[repositioning] = 2:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[repositioning] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.repositioning = 4
      rank[repositioning] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.repositioning = 4
      guideline_weekly[repositioning] = 2:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.repositioning = 2:00 hours/week
        needs_exception[repositioning] = false  [MPP 30-757.1(a)]
          unverified: htg[repositioning, 4]: recalled, and whether the range is the same for every rank: verify against MPP 30-757
          applied: otherwise: no exception applies
          facts: weekly_need.repositioning = 2:00 hours/week
          step: htg[repositioning, 4] = 0:45 to 2:48 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[repositioning] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[repositioning] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[repositioning] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[repositioning] = false  [MPP 30-757.1(a)]  (explained above)
        rank[repositioning] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[prosthesis] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[prosthesis] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[accompaniment_medical] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[accompaniment_medical] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[accompaniment_alternative_resource] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    task_authorized[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    task_authorized[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    task_authorized[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)

[exit 0]
$ cite whatif rules --facts examples/adult-ipo.json --set alternative_resources.dressing=0:30 --query task_weekly
What if alternative_resources.dressing=0:30?

1 result changes:
  task_weekly[dressing]: 1:45 hours/week -> 1:15 hours/week (-0:30 hours/week)  [MPP 30-763.611]

Why, with the new facts:

task_weekly[domestic] = 0:28 hours/week  [MPP 30-757.11(k)(1); W&I Code 12301.1(b)(1)]
  applied: when t == domestic
  step: 2:00 a month / 4.33 = 0:28 a week
  domestic_monthly = 2:00 hours/month  [MPP 30-757.11(k)(1); MPP 30-763.31]
    applied: otherwise: no exception applies
    facts: live_in_attendant_only = false
    step: prorated 6:00 a month / 3 people = 2:00 a month
    minor = false  [ACL 23-106]
      applied: definition
      facts: age = 54
    spouse_provides = false  [MPP 30-763.413; ACL 21-91]
      applied: otherwise: no exception applies
      facts: spouse_unavailable_over_24h = false, able_and_available_spouse = false
    domestic_capped = 6:00 hours/month  [MPP 30-757.11(k)(1)]
      applied: otherwise: no exception applies
      step: 6:00 a month > 6:00 a month: no
      domestic_need_monthly = 6:00 hours/month  [MPP 30-757.11(k)(1)]
        applied: when ranked[domestic] and rank[domestic] in 2..5 and not has(weekly_need[domestic])
        ranked[domestic] = true  [MPP 30-756.1; W&I Code 12309(d)]
          applied: definition
          facts: ranks.domestic = 4
        rank[domestic] = 4  [MPP 30-756.1; W&I Code 12309(d)]
          applied: when has(ranks[t])
          facts: ranks.domestic = 4
    domestic_housemates = 3  [MPP 30-763.31]
      applied: otherwise: no exception applies
      facts: household_members = 3
  weeks_per_month = 4.33  [W&I Code 12301.1(b)(1)]
    applied: definition
task_weekly[meal_preparation] = 2:20 hours/week  [MPP 30-763.32]
  unverified: htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[meal_preparation] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[meal_preparation] = 2:20 hours/week  [MPP 30-763.32]
    applied: when has(shared_with_household[t]) and shared_with_household[t]
    facts: shared_with_household.meal_preparation = true, household_members = 3
    step: prorated 7:00 a week / 3 people = 2:20 a week
    task_authorized[meal_preparation] = 7:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[meal_preparation] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.meal_preparation = 4
      rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.meal_preparation = 4
      guideline_weekly[meal_preparation] = 7:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.meal_preparation = 7:00 hours/week
        needs_exception[meal_preparation] = false  [MPP 30-757.1(a)]
          unverified: htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.meal_preparation = 7:00 hours/week
          step: htg[meal_preparation, 4] = 5:15 to 7:00 a week [MPP 30-757.131]
          ranked[meal_preparation] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[meal_preparation] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[meal_preparation] = false  [MPP 30-757.1(a)]  (explained above)
        rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
  unverified: htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[meal_cleanup] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[meal_cleanup] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.meal_cleanup = 3
      rank[meal_cleanup] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.meal_cleanup = 3
      guideline_weekly[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.meal_cleanup = 2:30 hours/week
        needs_exception[meal_cleanup] = false  [MPP 30-757.1(a)]
          unverified: htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.meal_cleanup = 2:30 hours/week
          step: htg[meal_cleanup, 3] = 1:45 to 3:30 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[meal_cleanup] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[meal_cleanup] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[meal_cleanup] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[meal_cleanup] = false  [MPP 30-757.1(a)]  (explained above)
        rank[meal_cleanup] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[laundry] = 0:20 hours/week  [MPP 30-763.32]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[laundry] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[laundry] = 0:20 hours/week  [MPP 30-763.32]
    applied: when has(shared_with_household[t]) and shared_with_household[t]
    facts: shared_with_household.laundry = true, household_members = 3
    step: prorated 1:00 a week / 3 people = 0:20 a week
    task_authorized[laundry] = 1:00 hours/week  [MPP 30-757.1]
      applied: when ranked[t] and rank[t] in 2..5 and not (t in GuidedTask) and has(weekly_need[t])
      facts: weekly_need.laundry = 1:00 hours/week
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[laundry] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.laundry = 4
      rank[laundry] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.laundry = 4
task_weekly[shopping_food] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[shopping_food] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[shopping_food] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[shopping_food] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[shopping_food] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]
          applied: definition
task_weekly[other_shopping_errands] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[other_shopping_errands] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[other_shopping_errands] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[other_shopping_errands] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[respiration] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[respiration] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[respiration] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[respiration] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[respiration] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[bowel_bladder] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.bowel_bladder = 4
      rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.bowel_bladder = 4
      guideline_weekly[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.bowel_bladder = 4:00 hours/week
        needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]
          unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.bowel_bladder = 4:00 hours/week
          step: htg[bowel_bladder, 4] = 2:55 to 5:50 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[bowel_bladder] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]  (explained above)
        rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[feeding] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.feeding = 3
      rank[feeding] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.feeding = 3
      guideline_weekly[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.feeding = 3:00 hours/week
        needs_exception[feeding] = false  [MPP 30-757.1(a)]
          unverified: htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.feeding = 3:00 hours/week
          step: htg[feeding, 3] = 1:10 to 3:30 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[feeding] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[feeding] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[feeding] = false  [MPP 30-757.1(a)]  (explained above)
        rank[feeding] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[routine_bed_bath] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[routine_bed_bath] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[dressing] = 1:15 hours/week  [MPP 30-763.611]
  unverified: htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: when resources_deducted[t] > 0:00/week
  step: 0:30 a week > 0:00 a week: yes (0:30 above)
  step: 1:45 a week - 0:30 a week = 1:15 a week
  resources_deducted[dressing] = 0:30 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.dressing = 3
      rank[dressing] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.dressing = 3
      guideline_weekly[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.dressing = 1:45 hours/week
        needs_exception[dressing] = false  [MPP 30-757.1(a)]
          unverified: htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.dressing = 1:45 hours/week
          step: htg[dressing, 3] = 1:01 to 1:52 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[dressing] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[dressing] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[dressing] = false  [MPP 30-757.1(a)]  (explained above)
        rank[dressing] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[menstrual_care] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[menstrual_care] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[ambulation] = 1:30 hours/week  [MPP 30-757.1(a)]
  unverified: htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[ambulation] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[ambulation] = 1:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[ambulation] = 1:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.ambulation = 3
      rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.ambulation = 3
      guideline_weekly[ambulation] = 1:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.ambulation = 1:30 hours/week
        needs_exception[ambulation] = false  [MPP 30-757.1(a)]
          unverified: htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.ambulation = 1:30 hours/week
          step: htg[ambulation, 3] = 1:00 to 2:06 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[ambulation] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[ambulation] = false  [MPP 30-757.1(a)]  (explained above)
        rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[transfer] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.transfer = 3
      rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.transfer = 3
      guideline_weekly[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.transfer = 1:00 hours/week
        needs_exception[transfer] = false  [MPP 30-757.1(a)]
          unverified: htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.transfer = 1:00 hours/week
          step: htg[transfer, 3] = 0:35 to 1:24 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[transfer] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[transfer] = false  [MPP 30-757.1(a)]  (explained above)
        rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
  unverified: htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[bathing_grooming] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    task_authorized[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        facts: ranks.bathing_grooming = 4
      rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        facts: ranks.bathing_grooming = 4
      guideline_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        facts: weekly_need.bathing_grooming = 3:30 hours/week
        needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]
          unverified: htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
          applied: otherwise: no exception applies
          facts: weekly_need.bathing_grooming = 3:30 hours/week
          step: htg[bathing_grooming, 4] = 2:21 to 4:05 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[bathing_grooming] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]  (explained above)
        rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[repositioning] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[repositioning] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[repositioning] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[repositioning] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[repositioning] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[prosthesis] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[prosthesis] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[accompaniment_medical] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[accompaniment_medical] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[accompaniment_alternative_resource] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[yard_hazard_abatement] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[heavy_cleaning] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[heavy_cleaning] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[heavy_cleaning] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[heavy_cleaning] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[teaching_demonstration] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    facts: alternative_resources = [1 item]
  task_prorated[teaching_demonstration] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    task_authorized[teaching_demonstration] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[teaching_demonstration] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)

[exit 0]
$ cite whatif rules --facts examples/adult-ipo.json --set alternative_resources.dresing=0:30 --query task_weekly
cite: 'dresing' is not a task of alternative_resources
[exit 2]
$ cite whatif rules --facts examples/adult-ipo.json --set 'alternative_resources=[{"task": "dressing", "weekly": "0:30", "source": "home_health"}]' --query resources_not_deducted
What if alternative_resources=[{"task": "dressing", "weekly": "0:30", "source": "home_health"}]?

1 result changes:
  resources_not_deducted[dressing]: 0:00 hours/week -> 0:30 hours/week (+0:30 hours/week)  [ACL 98-53]

Why, with the new facts:

resources_not_deducted[domestic] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[meal_preparation] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[meal_cleanup] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[laundry] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[shopping_food] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[other_shopping_errands] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[respiration] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[bowel_bladder] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[feeding] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[routine_bed_bath] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[dressing] = 0:30 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[menstrual_care] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[ambulation] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[transfer] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[bathing_grooming] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[repositioning] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[prosthesis] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[accompaniment_medical] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[accompaniment_alternative_resource] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[yard_hazard_abatement] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[heavy_cleaning] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]
resources_not_deducted[teaching_demonstration] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  facts: alternative_resources = [1 item]

[exit 0]
