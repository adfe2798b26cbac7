$ cite whatif rules --facts examples/older-paramedical-spouse.json --set alternative_resources.bathing_grooming=2:00 --query task_weekly --query resources_not_deducted
What if alternative_resources.bathing_grooming=2:00?

1 result changes:
  task_weekly[bathing_grooming]: 3:30 hours/week -> 2:30 hours/week (-1:00 hours/week)
      [MPP 30-763.611]

Unchanged: resources_not_deducted

Why, with the new facts:

task_weekly[domestic] = 0:00 hours/week  [MPP 30-757.11(k)(1); W&I Code 12301.1(b)(1)]
  applied: when t == domestic
  why: domestic services are worked out a month, 0:00 a month, and shown here a week
  step: 0:00 a month / 4.33 = 0:00 a week
  domestic_monthly = 0:00 hours/month  [MPP 30-763.413; ACL 21-91]
    applied: when spouse_provides
    why: an able and available spouse in the home provides domestic services
    minor = false  [ACL 23-106]
      applied: definition
      why: the recipient is 78
      facts: age = 78
    spouse_provides = true  [MPP 30-763.413; ACL 21-91]
      applied: otherwise: no exception applies
      why: the case says whether an able and available spouse lives in the home
      facts: spouse_unavailable_over_24h = false, able_and_available_spouse = true
  weeks_per_month = 4.33  [W&I Code 12301.1(b)(1)]
    applied: definition
task_weekly[meal_preparation] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  why: no alternative resource meets Meal Preparation, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[meal_preparation] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Meal Preparation met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[meal_preparation] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: Meal Preparation does not also serve the household, so it is not divided
    task_authorized[meal_preparation] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      why: an able and available spouse in the home provides Meal Preparation, so IHSS does not
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[meal_cleanup] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  why: no alternative resource meets Meal Clean-up, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[meal_cleanup] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Meal Clean-up met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[meal_cleanup] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: Meal Clean-up does not also serve the household, so it is not divided
    task_authorized[meal_cleanup] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      why: an able and available spouse in the home provides Meal Clean-up, so IHSS does not
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[laundry] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  why: no alternative resource meets Laundry, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[laundry] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Laundry met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[laundry] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: Laundry does not also serve the household, so it is not divided
    task_authorized[laundry] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      why: an able and available spouse in the home provides Laundry, so IHSS does not
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[shopping_food] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  why: no alternative resource meets Food Shopping, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[shopping_food] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Food Shopping met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[shopping_food] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: Food Shopping does not also serve the household, so it is not divided
    task_authorized[shopping_food] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      why: an able and available spouse in the home provides Food Shopping, so IHSS does not
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  why: no alternative resource meets Other Shopping and Errands, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Other Shopping and Errands met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: Other Shopping and Errands does not also serve the household, so it is not divided
    task_authorized[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      why: an able and available spouse in the home provides Other Shopping and Errands, so
          IHSS does not
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[respiration] = 0:00 hours/week  [MPP 30-756.1; MPP 30-757.19]
  applied: otherwise: no exception applies
  why: no alternative resource meets Respiration, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[respiration] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Respiration met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[respiration] = 0:00 hours/week  [MPP 30-756.1; MPP 30-757.19]
    applied: otherwise: no exception applies
    why: Respiration does not also serve the household, so it is not divided
    task_authorized[respiration] = 0:00 hours/week  [MPP 30-756.1; MPP 30-757.19]
      applied: when ranked[t] and rank[t] == 6
      why: Respiration is ranked 6: its time comes from the paramedical orders, not from this task
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[respiration] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Respiration has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[respiration] = 6
      rank[respiration] = 6  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Respiration has its own rank on the notice, 6
        facts: ranks[respiration] = 6
task_weekly[bowel_bladder] = 5:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Bowel and Bladder Care, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[bowel_bladder] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Bowel and Bladder Care met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[bowel_bladder] = 5:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Bowel and Bladder Care does not also serve the household, so it is not divided
    task_authorized[bowel_bladder] = 5:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Bowel and Bladder Care has an Hourly Task Guideline, so its time is worked out by
          the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Bowel and Bladder Care has a rank when the notice ranks it, or ranks the Functional
            Index function that covers it
        facts: ranks[bowel_bladder] = 4
      rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Bowel and Bladder Care has its own rank on the notice, 4
        facts: ranks[bowel_bladder] = 4
      guideline_weekly[bowel_bladder] = 5:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Bowel and Bladder Care, 5:00 a week, is within the guideline range, so it
            is authorized as assessed
        facts: weekly_need[bowel_bladder] = 5:00 hours/week
        needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]
          unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL
              06-34 Attachment C
          applied: otherwise: no exception applies
          why: the need for Bowel and Bladder Care is within the guideline range, or there is no
              need or rank to compare
          facts: weekly_need[bowel_bladder] = 5:00 hours/week
          step: htg[bowel_bladder, 4] = 2:55 to 5:50 a week
              [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[bowel_bladder] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Bowel and Bladder Care is within the guideline range, or the county documented why
              it is not
          needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]  (explained above)
        rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[feeding] = 1:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[feeding, 2]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Feeding, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[feeding] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Feeding met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[feeding] = 1:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Feeding does not also serve the household, so it is not divided
    task_authorized[feeding] = 1:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Feeding has an Hourly Task Guideline, so its time is worked out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Feeding has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[feeding] = 2
      rank[feeding] = 2  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Feeding has its own rank on the notice, 2
        facts: ranks[feeding] = 2
      guideline_weekly[feeding] = 1:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Feeding, 1:00 a week, is within the guideline range, so it is
            authorized as assessed
        facts: weekly_need[feeding] = 1:00 hours/week
        needs_exception[feeding] = false  [MPP 30-757.1(a)]
          unverified: htg[feeding, 2]: recalled: verify against MPP 30-757 and ACL 06-34
              Attachment C
          applied: otherwise: no exception applies
          why: the need for Feeding is within the guideline range, or there is no need or rank
              to compare
          facts: weekly_need[feeding] = 1:00 hours/week
          step: htg[feeding, 2] = 0:42 to 2:18 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[feeding] = 2  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[feeding] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Feeding is within the guideline range, or the county documented why it is not
          needs_exception[feeding] = false  [MPP 30-757.1(a)]  (explained above)
        rank[feeding] = 2  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Routine Bed Baths, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[routine_bed_bath] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Routine Bed Baths met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Routine Bed Baths does not also serve the household, so it is not divided
    task_authorized[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Routine Bed Baths has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[routine_bed_bath] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Routine Bed Baths has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        fi_ranks_given = false  [MPP 30-756.1]
          applied: definition
          why: the notice ranks at least one Functional Index function
task_weekly[dressing] = 2:15 hours/week  [MPP 30-757.1(a)]
  unverified: htg[dressing, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Dressing, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[dressing] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Dressing met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[dressing] = 2:15 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Dressing does not also serve the household, so it is not divided
    task_authorized[dressing] = 2:15 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Dressing has an Hourly Task Guideline, so its time is worked out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Dressing has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[dressing] = 4
      rank[dressing] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Dressing has its own rank on the notice, 4
        facts: ranks[dressing] = 4
      guideline_weekly[dressing] = 2:15 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Dressing, 2:15 a week, is within the guideline range, so it is
            authorized as assessed
        facts: weekly_need[dressing] = 2:15 hours/week
        needs_exception[dressing] = false  [MPP 30-757.1(a)]
          unverified: htg[dressing, 4]: recalled: verify against MPP 30-757 and ACL 06-34
              Attachment C
          applied: otherwise: no exception applies
          why: the need for Dressing is within the guideline range, or there is no need or rank
              to compare
          facts: weekly_need[dressing] = 2:15 hours/week
          step: htg[dressing, 4] = 1:30 to 2:20 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[dressing] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[dressing] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Dressing is within the guideline range, or the county documented why it is not
          needs_exception[dressing] = false  [MPP 30-757.1(a)]  (explained above)
        rank[dressing] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Menstrual Care, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[menstrual_care] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Menstrual Care met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Menstrual Care does not also serve the household, so it is not divided
    task_authorized[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Menstrual Care has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[menstrual_care] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Menstrual Care has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[ambulation] = 2:30 hours/week  [MPP 30-757.1(a)]
  unverified: htg[ambulation, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Ambulation, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[ambulation] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Ambulation met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[ambulation] = 2:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Ambulation does not also serve the household, so it is not divided
    task_authorized[ambulation] = 2:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Ambulation has an Hourly Task Guideline, so its time is worked out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Ambulation has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[ambulation] = 4
      rank[ambulation] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Ambulation has its own rank on the notice, 4
        facts: ranks[ambulation] = 4
      guideline_weekly[ambulation] = 2:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Ambulation, 2:30 a week, is within the guideline range, so it is
            authorized as assessed
        facts: weekly_need[ambulation] = 2:30 hours/week
        needs_exception[ambulation] = false  [MPP 30-757.1(a)]
          unverified: htg[ambulation, 4]: recalled: verify against MPP 30-757 and ACL
              06-34 Attachment C
          applied: otherwise: no exception applies
          why: the need for Ambulation is within the guideline range, or there is no need or rank
              to compare
          facts: weekly_need[ambulation] = 2:30 hours/week
          step: htg[ambulation, 4] = 1:45 to 3:30 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[ambulation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[ambulation] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Ambulation is within the guideline range, or the county documented why it is not
          needs_exception[ambulation] = false  [MPP 30-757.1(a)]  (explained above)
        rank[ambulation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[transfer] = 2:45 hours/week  [W&I Code 12301.2(c)]
  unverified: htg[transfer, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Moving In and Out of Bed (Transfer), so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[transfer] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Moving In and Out of Bed (Transfer) met each week by day care, school, a regional
        center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[transfer] = 2:45 hours/week  [W&I Code 12301.2(c)]
    applied: otherwise: no exception applies
    why: Moving In and Out of Bed (Transfer) does not also serve the household, so it is not divided
    task_authorized[transfer] = 2:45 hours/week  [W&I Code 12301.2(c)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Moving In and Out of Bed (Transfer) has an Hourly Task Guideline, so its time is worked
          out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Moving In and Out of Bed (Transfer) has a rank when the notice ranks it, or ranks the
            Functional Index function that covers it
        facts: ranks[transfer] = 4
      rank[transfer] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Moving In and Out of Bed (Transfer) has its own rank on the notice, 4
        facts: ranks[transfer] = 4
      guideline_weekly[transfer] = 2:45 hours/week  [W&I Code 12301.2(c)]
        applied: when exception_undocumented[t]
        why: the need for Moving In and Out of Bed (Transfer), 2:45 a week, is outside the guideline
            range: the county shall approve it when the assessment shows it, and must document why
            (no reason is documented yet)
        facts: weekly_need[transfer] = 2:45 hours/week
        needs_exception[transfer] = true  [W&I Code 12301.2(c); MPP 30-757.1(a)]
          unverified: htg[transfer, 4]: recalled: verify against MPP 30-757 and ACL 06-34
              Attachment C
          applied: when ranked[t] and rank[t] in 2..5 and has(weekly_need[t]) and not
              (weekly_need[t] in htg[t, rank[t]])
          why: the need for Moving In and Out of Bed (Transfer), 2:45 a week, is outside the
              guideline range for rank 4 (1:06 a week to 2:20 a week)
          facts: weekly_need[transfer] = 2:45 hours/week
          step: htg[transfer, 4] = 1:06 to 2:20 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[transfer] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[transfer] = true  [W&I Code 12301.2(c)]
          applied: when needs_exception[t] and not has(exception_reason[t])
          why: the need for Moving In and Out of Bed (Transfer) is outside the guideline range and
              no reason is documented: the county must document one
          needs_exception[transfer] = true  [W&I Code 12301.2(c); MPP 30-757.1(a)]
              (explained above)
task_weekly[bathing_grooming] = 2:30 hours/week  [MPP 30-763.611]
  unverified: htg[bathing_grooming, 5]: recalled: verify against MPP 30-757 and ACL 06-34
      Attachment C
  applied: when resources_deducted[t] > 0:00/week
  why: 2:00 a week of Bathing, Oral Hygiene and Grooming is met by an alternative resource and
      deducted (never below 0:00)
  step: 2:00 a week > 0:00 a week: yes (2:00 above)
  step: 4:30 a week - 2:00 a week = 2:30 a week
  resources_deducted[bathing_grooming] = 2:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Bathing, Oral Hygiene and Grooming met each week by day care, school, a regional
        center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[bathing_grooming] = 4:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Bathing, Oral Hygiene and Grooming does not also serve the household, so it is not divided
    task_authorized[bathing_grooming] = 4:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Bathing, Oral Hygiene and Grooming has an Hourly Task Guideline, so its time is worked
          out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Bathing, Oral Hygiene and Grooming has a rank when the notice ranks it, or ranks the
            Functional Index function that covers it
        facts: ranks[bathing_grooming] = 5
      rank[bathing_grooming] = 5  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Bathing, Oral Hygiene and Grooming has its own rank on the notice, 5
        facts: ranks[bathing_grooming] = 5
      guideline_weekly[bathing_grooming] = 4:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Bathing, Oral Hygiene and Grooming, 4:30 a week, is within the guideline
            range, so it is authorized as assessed
        facts: weekly_need[bathing_grooming] = 4:30 hours/week
        needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]
          unverified: htg[bathing_grooming, 5]: recalled: verify against MPP 30-757 and ACL
              06-34 Attachment C
          applied: otherwise: no exception applies
          why: the need for Bathing, Oral Hygiene and Grooming is within the guideline range, or
              there is no need or rank to compare
          facts: weekly_need[bathing_grooming] = 4:30 hours/week
          step: htg[bathing_grooming, 5] = 3:00 to 5:06 a week
              [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[bathing_grooming] = 5  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[bathing_grooming] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Bathing, Oral Hygiene and Grooming is within the guideline range, or the county
              documented why it is not
          needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]  (explained above)
        rank[bathing_grooming] = 5  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[repositioning] = 2:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[repositioning, 4]: recalled, and whether the range is the same for every rank:
      verify against MPP 30-757
  applied: otherwise: no exception applies
  why: no alternative resource meets Repositioning and Rubbing Skin, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[repositioning] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Repositioning and Rubbing Skin met each week by day care, school, a regional
        center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[repositioning] = 2:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Repositioning and Rubbing Skin does not also serve the household, so it is not divided
    task_authorized[repositioning] = 2:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Repositioning and Rubbing Skin has an Hourly Task Guideline, so its time is worked out
          by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[repositioning] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Repositioning and Rubbing Skin has a rank when the notice ranks it, or ranks the
            Functional Index function that covers it
        facts: ranks[repositioning] = 4
      rank[repositioning] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Repositioning and Rubbing Skin has its own rank on the notice, 4
        facts: ranks[repositioning] = 4
      guideline_weekly[repositioning] = 2:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Repositioning and Rubbing Skin, 2:00 a week, is within the guideline
            range, so it is authorized as assessed
        facts: weekly_need[repositioning] = 2:00 hours/week
        needs_exception[repositioning] = false  [MPP 30-757.1(a)]
          unverified: htg[repositioning, 4]: recalled, and whether the range is the same for every
              rank: verify against MPP 30-757
          applied: otherwise: no exception applies
          why: the need for Repositioning and Rubbing Skin is within the guideline range, or there
              is no need or rank to compare
          facts: weekly_need[repositioning] = 2:00 hours/week
          step: htg[repositioning, 4] = 0:45 to 2:48 a week
              [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[repositioning] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[repositioning] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[repositioning] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Repositioning and Rubbing Skin is within the guideline range, or the county
              documented why it is not
          needs_exception[repositioning] = false  [MPP 30-757.1(a)]  (explained above)
        rank[repositioning] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Care of Prosthetic Devices, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[prosthesis] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Care of Prosthetic Devices met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Care of Prosthetic Devices does not also serve the household, so it is not divided
    task_authorized[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Care of Prosthetic Devices has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[prosthesis] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Care of Prosthetic Devices has a rank when the notice ranks it, or ranks the Functional
            Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Accompaniment to Medical Appointments, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[accompaniment_medical] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Accompaniment to Medical Appointments met each week by day care, school, a
        regional center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Accompaniment to Medical Appointments does not also serve the household, so it is
        not divided
    task_authorized[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Accompaniment to Medical Appointments has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[accompaniment_medical] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Accompaniment to Medical Appointments has a rank when the notice ranks it, or ranks the
            Functional Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Accompaniment to Alternative Resource Sites, so nothing
      is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Accompaniment to Alternative Resource Sites met each week by day care, school, a
        regional center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Accompaniment to Alternative Resource Sites does not also serve the household, so it is
        not divided
    task_authorized[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Accompaniment to Alternative Resource Sites has no need assessed and no rank that
          gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[accompaniment_alternative_resource] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Accompaniment to Alternative Resource Sites has a rank when the notice ranks it, or
            ranks the Functional Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  why: no alternative resource meets Yard Hazard Abatement, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Yard Hazard Abatement met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: Yard Hazard Abatement does not also serve the household, so it is not divided
    task_authorized[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      why: an able and available spouse in the home provides Yard Hazard Abatement, so IHSS does not
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  why: no alternative resource meets Heavy Cleaning, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Heavy Cleaning met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: Heavy Cleaning does not also serve the household, so it is not divided
    task_authorized[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      why: an able and available spouse in the home provides Heavy Cleaning, so IHSS does not
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = true  [MPP 30-763.413; ACL 21-91]  (explained above)
task_weekly[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
  applied: otherwise: no exception applies
  why: no alternative resource meets Teaching and Demonstration, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Teaching and Demonstration met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
    applied: otherwise: no exception applies
    why: Teaching and Demonstration does not also serve the household, so it is not divided
    task_authorized[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.413; ACL 21-91]
      applied: when spouse_provides and t in SpouseRemovedService
      why: an able and available spouse in the home provides Teaching and Demonstration, so
          IHSS does not
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
  why: domestic services are worked out a month, 2:00 a month, and shown here a week
  step: 2:00 a month / 4.33 = 0:28 a week
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
        why: domestic is ranked 4 and no need is given, so the 6 hours a month of the
            regulation apply
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
  weeks_per_month = 4.33  [W&I Code 12301.1(b)(1)]
    applied: definition
task_weekly[meal_preparation] = 2:20 hours/week  [MPP 30-763.32]
  unverified: htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL
      06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Meal Preparation, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[meal_preparation] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Meal Preparation met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[meal_preparation] = 2:20 hours/week  [MPP 30-763.32]
    applied: when has(shared_with_household[t]) and shared_with_household[t]
    why: Meal Preparation also serves the household, so it is divided among its 3 members
    facts: shared_with_household[meal_preparation] = true, household_members = 3
    step: prorated 7:00 a week / 3 people = 2:20 a week
    task_authorized[meal_preparation] = 7:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Meal Preparation has an Hourly Task Guideline, so its time is worked out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[meal_preparation] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Meal Preparation has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[meal_preparation] = 4
      rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Meal Preparation has its own rank on the notice, 4
        facts: ranks[meal_preparation] = 4
      guideline_weekly[meal_preparation] = 7:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Meal Preparation, 7:00 a week, is within the guideline range, so it is
            authorized as assessed
        facts: weekly_need[meal_preparation] = 7:00 hours/week
        needs_exception[meal_preparation] = false  [MPP 30-757.1(a)]
          unverified: htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL
              06-34 Attachment C
          applied: otherwise: no exception applies
          why: the need for Meal Preparation is within the guideline range, or there is no need or
              rank to compare
          facts: weekly_need[meal_preparation] = 7:00 hours/week
          step: htg[meal_preparation, 4] = 5:15 to 7:00 a week [MPP 30-757.131]
          ranked[meal_preparation] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[meal_preparation] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Meal Preparation is within the guideline range, or the county documented why it
              is not
          needs_exception[meal_preparation] = false  [MPP 30-757.1(a)]  (explained above)
        rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
  unverified: htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Meal Clean-up, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[meal_cleanup] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Meal Clean-up met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Meal Clean-up does not also serve the household, so it is not divided
    task_authorized[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Meal Clean-up has an Hourly Task Guideline, so its time is worked out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[meal_cleanup] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Meal Clean-up has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[meal_cleanup] = 3
      rank[meal_cleanup] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Meal Clean-up has its own rank on the notice, 3
        facts: ranks[meal_cleanup] = 3
      guideline_weekly[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Meal Clean-up, 2:30 a week, is within the guideline range, so it is
            authorized as assessed
        facts: weekly_need[meal_cleanup] = 2:30 hours/week
        needs_exception[meal_cleanup] = false  [MPP 30-757.1(a)]
          unverified: htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL
              06-34 Attachment C
          applied: otherwise: no exception applies
          why: the need for Meal Clean-up is within the guideline range, or there is no need or
              rank to compare
          facts: weekly_need[meal_cleanup] = 2:30 hours/week
          step: htg[meal_cleanup, 3] = 1:45 to 3:30 a week
              [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[meal_cleanup] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[meal_cleanup] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[meal_cleanup] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Meal Clean-up is within the guideline range, or the county documented why it is not
          needs_exception[meal_cleanup] = false  [MPP 30-757.1(a)]  (explained above)
        rank[meal_cleanup] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[laundry] = 0:20 hours/week  [MPP 30-763.32]
  applied: otherwise: no exception applies
  why: no alternative resource meets Laundry, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[laundry] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Laundry met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[laundry] = 0:20 hours/week  [MPP 30-763.32]
    applied: when has(shared_with_household[t]) and shared_with_household[t]
    why: Laundry also serves the household, so it is divided among its 3 members
    facts: shared_with_household[laundry] = true, household_members = 3
    step: prorated 1:00 a week / 3 people = 0:20 a week
    task_authorized[laundry] = 1:00 hours/week  [MPP 30-757.1]
      applied: when ranked[t] and rank[t] in 2..5 and not (t in GuidedTask) and has(weekly_need[t])
      why: Laundry is ranked 4 and has no guideline, so its need as assessed is authorized, 1:00
          a week
      facts: weekly_need[laundry] = 1:00 hours/week
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[laundry] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Laundry has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[laundry] = 4
      rank[laundry] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Laundry has its own rank on the notice, 4
        facts: ranks[laundry] = 4
task_weekly[shopping_food] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Food Shopping, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[shopping_food] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Food Shopping met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[shopping_food] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Food Shopping does not also serve the household, so it is not divided
    task_authorized[shopping_food] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Food Shopping has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[shopping_food] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Food Shopping has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        fi_ranks_given = false  [MPP 30-756.1]
          applied: definition
          why: the notice ranks at least one Functional Index function
task_weekly[other_shopping_errands] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Other Shopping and Errands, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[other_shopping_errands] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Other Shopping and Errands met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[other_shopping_errands] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Other Shopping and Errands does not also serve the household, so it is not divided
    task_authorized[other_shopping_errands] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Other Shopping and Errands has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[other_shopping_errands] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Other Shopping and Errands has a rank when the notice ranks it, or ranks the Functional
            Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[respiration] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Respiration, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[respiration] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Respiration met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[respiration] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Respiration does not also serve the household, so it is not divided
    task_authorized[respiration] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Respiration has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[respiration] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Respiration has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Bowel and Bladder Care, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[bowel_bladder] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Bowel and Bladder Care met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Bowel and Bladder Care does not also serve the household, so it is not divided
    task_authorized[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Bowel and Bladder Care has an Hourly Task Guideline, so its time is worked out by
          the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Bowel and Bladder Care has a rank when the notice ranks it, or ranks the Functional
            Index function that covers it
        facts: ranks[bowel_bladder] = 4
      rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Bowel and Bladder Care has its own rank on the notice, 4
        facts: ranks[bowel_bladder] = 4
      guideline_weekly[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Bowel and Bladder Care, 4:00 a week, is within the guideline range, so it
            is authorized as assessed
        facts: weekly_need[bowel_bladder] = 4:00 hours/week
        needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]
          unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL
              06-34 Attachment C
          applied: otherwise: no exception applies
          why: the need for Bowel and Bladder Care is within the guideline range, or there is no
              need or rank to compare
          facts: weekly_need[bowel_bladder] = 4:00 hours/week
          step: htg[bowel_bladder, 4] = 2:55 to 5:50 a week
              [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[bowel_bladder] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Bowel and Bladder Care is within the guideline range, or the county documented why
              it is not
          needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]  (explained above)
        rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Feeding, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[feeding] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Feeding met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Feeding does not also serve the household, so it is not divided
    task_authorized[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Feeding has an Hourly Task Guideline, so its time is worked out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Feeding has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[feeding] = 3
      rank[feeding] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Feeding has its own rank on the notice, 3
        facts: ranks[feeding] = 3
      guideline_weekly[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Feeding, 3:00 a week, is within the guideline range, so it is
            authorized as assessed
        facts: weekly_need[feeding] = 3:00 hours/week
        needs_exception[feeding] = false  [MPP 30-757.1(a)]
          unverified: htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34
              Attachment C
          applied: otherwise: no exception applies
          why: the need for Feeding is within the guideline range, or there is no need or rank
              to compare
          facts: weekly_need[feeding] = 3:00 hours/week
          step: htg[feeding, 3] = 1:10 to 3:30 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[feeding] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[feeding] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Feeding is within the guideline range, or the county documented why it is not
          needs_exception[feeding] = false  [MPP 30-757.1(a)]  (explained above)
        rank[feeding] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Routine Bed Baths, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[routine_bed_bath] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Routine Bed Baths met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Routine Bed Baths does not also serve the household, so it is not divided
    task_authorized[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Routine Bed Baths has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[routine_bed_bath] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Routine Bed Baths has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[dressing] = 1:15 hours/week  [MPP 30-763.611]
  unverified: htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: when resources_deducted[t] > 0:00/week
  why: 0:30 a week of Dressing is met by an alternative resource and deducted (never below 0:00)
  step: 0:30 a week > 0:00 a week: yes (0:30 above)
  step: 1:45 a week - 0:30 a week = 1:15 a week
  resources_deducted[dressing] = 0:30 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Dressing met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Dressing does not also serve the household, so it is not divided
    task_authorized[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Dressing has an Hourly Task Guideline, so its time is worked out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Dressing has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[dressing] = 3
      rank[dressing] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Dressing has its own rank on the notice, 3
        facts: ranks[dressing] = 3
      guideline_weekly[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Dressing, 1:45 a week, is within the guideline range, so it is
            authorized as assessed
        facts: weekly_need[dressing] = 1:45 hours/week
        needs_exception[dressing] = false  [MPP 30-757.1(a)]
          unverified: htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34
              Attachment C
          applied: otherwise: no exception applies
          why: the need for Dressing is within the guideline range, or there is no need or rank
              to compare
          facts: weekly_need[dressing] = 1:45 hours/week
          step: htg[dressing, 3] = 1:01 to 1:52 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[dressing] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[dressing] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Dressing is within the guideline range, or the county documented why it is not
          needs_exception[dressing] = false  [MPP 30-757.1(a)]  (explained above)
        rank[dressing] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Menstrual Care, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[menstrual_care] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Menstrual Care met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Menstrual Care does not also serve the household, so it is not divided
    task_authorized[menstrual_care] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Menstrual Care has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[menstrual_care] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Menstrual Care has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[ambulation] = 1:30 hours/week  [MPP 30-757.1(a)]
  unverified: htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Ambulation, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[ambulation] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Ambulation met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[ambulation] = 1:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Ambulation does not also serve the household, so it is not divided
    task_authorized[ambulation] = 1:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Ambulation has an Hourly Task Guideline, so its time is worked out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Ambulation has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        facts: ranks[ambulation] = 3
      rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Ambulation has its own rank on the notice, 3
        facts: ranks[ambulation] = 3
      guideline_weekly[ambulation] = 1:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Ambulation, 1:30 a week, is within the guideline range, so it is
            authorized as assessed
        facts: weekly_need[ambulation] = 1:30 hours/week
        needs_exception[ambulation] = false  [MPP 30-757.1(a)]
          unverified: htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL
              06-34 Attachment C
          applied: otherwise: no exception applies
          why: the need for Ambulation is within the guideline range, or there is no need or rank
              to compare
          facts: weekly_need[ambulation] = 1:30 hours/week
          step: htg[ambulation, 3] = 1:00 to 2:06 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[ambulation] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Ambulation is within the guideline range, or the county documented why it is not
          needs_exception[ambulation] = false  [MPP 30-757.1(a)]  (explained above)
        rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
  unverified: htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Moving In and Out of Bed (Transfer), so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[transfer] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Moving In and Out of Bed (Transfer) met each week by day care, school, a regional
        center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Moving In and Out of Bed (Transfer) does not also serve the household, so it is not divided
    task_authorized[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Moving In and Out of Bed (Transfer) has an Hourly Task Guideline, so its time is worked
          out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Moving In and Out of Bed (Transfer) has a rank when the notice ranks it, or ranks the
            Functional Index function that covers it
        facts: ranks[transfer] = 3
      rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Moving In and Out of Bed (Transfer) has its own rank on the notice, 3
        facts: ranks[transfer] = 3
      guideline_weekly[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Moving In and Out of Bed (Transfer), 1:00 a week, is within the guideline
            range, so it is authorized as assessed
        facts: weekly_need[transfer] = 1:00 hours/week
        needs_exception[transfer] = false  [MPP 30-757.1(a)]
          unverified: htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34
              Attachment C
          applied: otherwise: no exception applies
          why: the need for Moving In and Out of Bed (Transfer) is within the guideline range, or
              there is no need or rank to compare
          facts: weekly_need[transfer] = 1:00 hours/week
          step: htg[transfer, 3] = 0:35 to 1:24 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[transfer] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Moving In and Out of Bed (Transfer) is within the guideline range, or the county
              documented why it is not
          needs_exception[transfer] = false  [MPP 30-757.1(a)]  (explained above)
        rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
  unverified: htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34
      Attachment C
  applied: otherwise: no exception applies
  why: no alternative resource meets Bathing, Oral Hygiene and Grooming, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[bathing_grooming] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Bathing, Oral Hygiene and Grooming met each week by day care, school, a regional
        center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
    applied: otherwise: no exception applies
    why: Bathing, Oral Hygiene and Grooming does not also serve the household, so it is not divided
    task_authorized[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
      applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
          has(weekly_need[t])))
      why: Bathing, Oral Hygiene and Grooming has an Hourly Task Guideline, so its time is worked
          out by the guideline
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Bathing, Oral Hygiene and Grooming has a rank when the notice ranks it, or ranks the
            Functional Index function that covers it
        facts: ranks[bathing_grooming] = 4
      rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]
        applied: when has(ranks[t])
        why: Bathing, Oral Hygiene and Grooming has its own rank on the notice, 4
        facts: ranks[bathing_grooming] = 4
      guideline_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
        applied: when has(weekly_need[t]) and rank[t] in 2..5
        why: the need for Bathing, Oral Hygiene and Grooming, 3:30 a week, is within the guideline
            range, so it is authorized as assessed
        facts: weekly_need[bathing_grooming] = 3:30 hours/week
        needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]
          unverified: htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL
              06-34 Attachment C
          applied: otherwise: no exception applies
          why: the need for Bathing, Oral Hygiene and Grooming is within the guideline range, or
              there is no need or rank to compare
          facts: weekly_need[bathing_grooming] = 3:30 hours/week
          step: htg[bathing_grooming, 4] = 2:21 to 4:05 a week
              [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
          ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
          rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        exception_undocumented[bathing_grooming] = false  [W&I Code 12301.2(c)]
          applied: otherwise: no exception applies
          why: Bathing, Oral Hygiene and Grooming is within the guideline range, or the county
              documented why it is not
          needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]  (explained above)
        rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
task_weekly[repositioning] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Repositioning and Rubbing Skin, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[repositioning] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Repositioning and Rubbing Skin met each week by day care, school, a regional
        center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[repositioning] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Repositioning and Rubbing Skin does not also serve the household, so it is not divided
    task_authorized[repositioning] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Repositioning and Rubbing Skin has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[repositioning] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Repositioning and Rubbing Skin has a rank when the notice ranks it, or ranks the
            Functional Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Care of Prosthetic Devices, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[prosthesis] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Care of Prosthetic Devices met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Care of Prosthetic Devices does not also serve the household, so it is not divided
    task_authorized[prosthesis] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Care of Prosthetic Devices has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[prosthesis] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Care of Prosthetic Devices has a rank when the notice ranks it, or ranks the Functional
            Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Accompaniment to Medical Appointments, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[accompaniment_medical] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Accompaniment to Medical Appointments met each week by day care, school, a
        regional center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Accompaniment to Medical Appointments does not also serve the household, so it is
        not divided
    task_authorized[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Accompaniment to Medical Appointments has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[accompaniment_medical] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Accompaniment to Medical Appointments has a rank when the notice ranks it, or ranks the
            Functional Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Accompaniment to Alternative Resource Sites, so nothing
      is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Accompaniment to Alternative Resource Sites met each week by day care, school, a
        regional center or another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Accompaniment to Alternative Resource Sites does not also serve the household, so it is
        not divided
    task_authorized[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Accompaniment to Alternative Resource Sites has no need assessed and no rank that
          gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[accompaniment_alternative_resource] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Accompaniment to Alternative Resource Sites has a rank when the notice ranks it, or
            ranks the Functional Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Yard Hazard Abatement, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Yard Hazard Abatement met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Yard Hazard Abatement does not also serve the household, so it is not divided
    task_authorized[yard_hazard_abatement] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Yard Hazard Abatement has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[yard_hazard_abatement] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Yard Hazard Abatement has a rank when the notice ranks it, or ranks the Functional
            Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[heavy_cleaning] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Heavy Cleaning, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[heavy_cleaning] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Heavy Cleaning met each week by day care, school, a regional center or another
        resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[heavy_cleaning] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Heavy Cleaning does not also serve the household, so it is not divided
    task_authorized[heavy_cleaning] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Heavy Cleaning has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[heavy_cleaning] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Heavy Cleaning has a rank when the notice ranks it, or ranks the Functional Index
            function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)
task_weekly[teaching_demonstration] = 0:00 hours/week  [MPP 30-757.1]
  applied: otherwise: no exception applies
  why: no alternative resource meets Teaching and Demonstration, so nothing is deducted
  step: 0:00 a week > 0:00 a week: no
  resources_deducted[teaching_demonstration] = 0:00 hours/week  [MPP 30-763.611]
    applied: definition
    why: time for Teaching and Demonstration met each week by day care, school, a regional center or
        another resource is deducted
    facts: alternative_resources = [1 item]
  task_prorated[teaching_demonstration] = 0:00 hours/week  [MPP 30-757.1]
    applied: otherwise: no exception applies
    why: Teaching and Demonstration does not also serve the household, so it is not divided
    task_authorized[teaching_demonstration] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: Teaching and Demonstration has no need assessed and no rank that gives it time
      minor = false  [ACL 23-106]  (explained above)
      spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
      ranked[teaching_demonstration] = false  [MPP 30-756.1; W&I Code 12309(d)]
        applied: definition
        why: Teaching and Demonstration has a rank when the notice ranks it, or ranks the Functional
            Index function that covers it
        fi_ranks_given = false  [MPP 30-756.1]  (explained above)

[exit 0]
$ cite whatif rules --facts examples/adult-ipo.json --set alternative_resources.dresing=0:30 --query task_weekly
cite: 'dresing' is not a task of alternative_resources
[exit 2]
$ cite whatif rules --facts examples/adult-ipo.json --set 'alternative_resources=[{"task": "dressing", "weekly": "0:30", "source": "home_health"}]' --query resources_not_deducted
What if alternative_resources=[{"task": "dressing", "weekly": "0:30", "source": "home_health"}]?

1 result changes:
  resources_not_deducted[dressing]: 0:00 hours/week -> 0:30 hours/week (+0:30 hours/week)
       [ACL 98-53]

Why, with the new facts:

resources_not_deducted[domestic] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Domestic Services are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[meal_preparation] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Meal Preparation are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[meal_cleanup] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Meal Clean-up are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[laundry] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Laundry are given after IHSS hours are decided:
      shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[shopping_food] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Food Shopping are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[other_shopping_errands] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Other Shopping and Errands are given after IHSS
      hours are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[respiration] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Respiration are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[bowel_bladder] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Bowel and Bladder Care are given after IHSS hours
      are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[feeding] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Feeding are given after IHSS hours are decided:
      shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[routine_bed_bath] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Routine Bed Baths are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[dressing] = 0:30 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Dressing are given after IHSS hours are decided:
      shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[menstrual_care] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Menstrual Care are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[ambulation] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Ambulation are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[transfer] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Moving In and Out of Bed (Transfer) are given
      after IHSS hours are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[bathing_grooming] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Bathing, Oral Hygiene and Grooming are given
      after IHSS hours are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[repositioning] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Repositioning and Rubbing Skin are given after
      IHSS hours are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[prosthesis] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Care of Prosthetic Devices are given after IHSS
      hours are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[accompaniment_medical] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Accompaniment to Medical Appointments are given
      after IHSS hours are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[accompaniment_alternative_resource] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Accompaniment to Alternative Resource Sites are
      given after IHSS hours are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[yard_hazard_abatement] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Yard Hazard Abatement are given after IHSS hours
      are decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[heavy_cleaning] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Heavy Cleaning are given after IHSS hours are
      decided: shown, not deducted
  facts: alternative_resources = [1 item]
resources_not_deducted[teaching_demonstration] = 0:00 hours/week  [ACL 98-53]
  applied: definition
  why: home health, waiver or respite services for Teaching and Demonstration are given after IHSS
      hours are decided: shown, not deducted
  facts: alternative_resources = [1 item]

[exit 0]
$ printf 'alternative_resources.dressing = 0:30\ntask_weekly.dressing\n:unset alternative_resources.dressing\ntask_weekly.dressing\n' | cite repl rules --facts examples/adult-ipo.json
alternative_resources.dressing = [{"task": "dressing", "weekly": {"value": "0:30", "unit": "hours/week", "minutes": 30}, "source": "other"}]  (fact: need met each week by others: a list of {task, weekly, source}, or {TASK: weekly} (source other))
task_weekly[dressing] = 1:15 hours/week  [MPP 30-763.611]
alternative_resources.dressing removed
task_weekly[dressing] = 1:45 hours/week  [MPP 30-757.1(a)]
[exit 0]
