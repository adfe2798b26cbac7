$ cite eval rules --facts tests/cli/cases/decimal-duration.json --query total_monthly
tests/cli/cases/decimal-duration.json: error: fact 'weekly_need.dressing' is 1.5; allowed: a whole number of minutes, or a duration "H:MM" (1.5 minutes is not a duration: for that many hours write "1:30")
    input weekly_need: "the assessed need per task per week"; read by rules domestic_need_monthly, needs_exception, guideline_weekly, task_authorized
[exit 2]
$ cite whatif rules --facts examples/adult-ipo.json --set weekly_need.dressing=1.5 --query total_monthly
cite: fact 'weekly_need.dressing' is 1.5; allowed: a whole number of minutes, or a duration "H:MM" (1.5 minutes is not a duration: for that many hours write "1:30")
    input weekly_need: "the assessed need per task per week"; read by rules domestic_need_monthly, needs_exception, guideline_weekly, task_authorized
[exit 2]
$ cite whatif rules --facts examples/adult-ipo.json --set weekly_need.dressing=90 --query assessed_monthly
What if weekly_need.dressing=90?

1 result changes:
  assessed_monthly: 88:14 hours/month -> 87:09 hours/month (-1:05 hours/month)
      [W&I Code 12301.1(b)(1); MPP 30-757.11(k)(1)]

Why, with the new facts:

assessed_monthly = 87:09 hours/month  [W&I Code 12301.1(b)(1); MPP 30-757.11(k)(1)]
  unverified: htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL
      06-34 Attachment C
  unverified: htg[meal_cleanup, 3], htg[ambulation, 3], htg[bathing_grooming, 4], htg[dressing, 3],
      htg[bowel_bladder, 4], htg[transfer, 3], htg[feeding, 3]: recalled: verify against MPP 30-757
      and ACL 06-34 Attachment C
  applied: definition
  why: the weekly services, 19:40 a week, times 4.33 weeks a month, and domestic services, 2:00
      a month
  step: 19:40 a week x 4.33 = 85:09 a month
  step: 85:09 a month + 2:00 a month = 87:09 a month
  weekly_services = 19:40 hours/week  [MPP 30-757; MPP 30-757.19]
    applied: definition
    why: every task a week (domestic is counted a month) and 0:00 a week of paramedical time
    task_weekly[meal_preparation] = 2:20 hours/week  [MPP 30-763.32]
      applied: otherwise: no exception applies
      why: no alternative resource meets Meal Preparation, so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[meal_preparation] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Meal Preparation met each week by day care, school, a regional center or
            another resource is deducted
        facts: alternative_resources = [0 items]
      task_prorated[meal_preparation] = 2:20 hours/week  [MPP 30-763.32]
        applied: when has(shared_with_household[t]) and shared_with_household[t]
        why: Meal Preparation also serves the household, so it is divided among its 3 members
        facts: shared_with_household[meal_preparation] = true, household_members = 3
        step: prorated 7:00 a week / 3 people = 2:20 a week
        task_authorized[meal_preparation] = 7:00 hours/week  [MPP 30-757.1(a)]
          applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
              has(weekly_need[t])))
          why: Meal Preparation has an Hourly Task Guideline, so its time is worked out by
              the guideline
          minor = false  [ACL 23-106]
            applied: definition
            why: the recipient is 54
            facts: age = 54
          spouse_provides = false  [MPP 30-763.413; ACL 21-91]
            applied: otherwise: no exception applies
            why: the case says whether an able and available spouse lives in the home
            facts: spouse_unavailable_over_24h = false, able_and_available_spouse = false
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
              why: the need for Meal Preparation is within the guideline range, or there is no need
                  or rank to compare
              facts: weekly_need[meal_preparation] = 7:00 hours/week
              step: htg[meal_preparation, 4] = 5:15 to 7:00 a week [MPP 30-757.131]
              ranked[meal_preparation] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
              rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
            exception_undocumented[meal_preparation] = false  [W&I Code 12301.2(c)]
              applied: otherwise: no exception applies
              why: Meal Preparation is within the guideline range, or the county documented why
                  it is not
              needs_exception[meal_preparation] = false  [MPP 30-757.1(a)]  (explained above)
            rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
    task_weekly[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
      applied: otherwise: no exception applies
      why: no alternative resource meets Meal Clean-up, so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[meal_cleanup] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Meal Clean-up met each week by day care, school, a regional center or another
            resource is deducted
        facts: alternative_resources = [0 items]
      task_prorated[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
        applied: otherwise: no exception applies
        why: Meal Clean-up does not also serve the household, so it is not divided
        task_authorized[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a)]
          applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
              has(weekly_need[t])))
          why: Meal Clean-up has an Hourly Task Guideline, so its time is worked out by
              the guideline
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
              why: Meal Clean-up is within the guideline range, or the county documented why it
                  is not
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
        facts: alternative_resources = [0 items]
      task_prorated[laundry] = 0:20 hours/week  [MPP 30-763.32]
        applied: when has(shared_with_household[t]) and shared_with_household[t]
        why: Laundry also serves the household, so it is divided among its 3 members
        facts: shared_with_household[laundry] = true, household_members = 3
        step: prorated 1:00 a week / 3 people = 0:20 a week
        task_authorized[laundry] = 1:00 hours/week  [MPP 30-757.1]
          applied: when ranked[t] and rank[t] in 2..5 and not (t in GuidedTask) and
              has(weekly_need[t])
          why: Laundry is ranked 4 and has no guideline, so its need as assessed is authorized,
              1:00 a week
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
        facts: alternative_resources = [0 items]
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
        why: time for Other Shopping and Errands met each week by day care, school, a regional
            center or another resource is deducted
        facts: alternative_resources = [0 items]
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
            why: Other Shopping and Errands has a rank when the notice ranks it, or ranks the
                Functional Index function that covers it
            fi_ranks_given = false  [MPP 30-756.1]  (explained above)
    task_weekly[respiration] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: no alternative resource meets Respiration, so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[respiration] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Respiration met each week by day care, school, a regional center or another
            resource is deducted
        facts: alternative_resources = [0 items]
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
      applied: otherwise: no exception applies
      why: no alternative resource meets Bowel and Bladder Care, so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[bowel_bladder] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Bowel and Bladder Care met each week by day care, school, a regional center or
            another resource is deducted
        facts: alternative_resources = [0 items]
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
            why: the need for Bowel and Bladder Care, 4:00 a week, is within the guideline range, so
                it is authorized as assessed
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
              why: Bowel and Bladder Care is within the guideline range, or the county
                  documented why it is not
              needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]  (explained above)
            rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
    task_weekly[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
      applied: otherwise: no exception applies
      why: no alternative resource meets Feeding, so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[feeding] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Feeding met each week by day care, school, a regional center or another
            resource is deducted
        facts: alternative_resources = [0 items]
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
              unverified: htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL
                  06-34 Attachment C
              applied: otherwise: no exception applies
              why: the need for Feeding is within the guideline range, or there is no need or
                  rank to compare
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
        why: time for Routine Bed Baths met each week by day care, school, a regional center or
            another resource is deducted
        facts: alternative_resources = [0 items]
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
            why: Routine Bed Baths has a rank when the notice ranks it, or ranks the Functional
                Index function that covers it
            fi_ranks_given = false  [MPP 30-756.1]  (explained above)
    task_weekly[dressing] = 1:30 hours/week  [MPP 30-757.1(a)]
      applied: otherwise: no exception applies
      why: no alternative resource meets Dressing, so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[dressing] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Dressing met each week by day care, school, a regional center or another
            resource is deducted
        facts: alternative_resources = [0 items]
      task_prorated[dressing] = 1:30 hours/week  [MPP 30-757.1(a)]
        applied: otherwise: no exception applies
        why: Dressing does not also serve the household, so it is not divided
        task_authorized[dressing] = 1:30 hours/week  [MPP 30-757.1(a)]
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
          guideline_weekly[dressing] = 1:30 hours/week  [MPP 30-757.1(a)]
            applied: when has(weekly_need[t]) and rank[t] in 2..5
            why: the need for Dressing, 1:30 a week, is within the guideline range, so it is
                authorized as assessed
            facts: weekly_need[dressing] = 1:30 hours/week
            needs_exception[dressing] = false  [MPP 30-757.1(a)]
              unverified: htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL
                  06-34 Attachment C
              applied: otherwise: no exception applies
              why: the need for Dressing is within the guideline range, or there is no need or
                  rank to compare
              facts: weekly_need[dressing] = 1:30 hours/week
              step: htg[dressing, 3] = 1:01 to 1:52 a week
                  [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
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
        facts: alternative_resources = [0 items]
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
      applied: otherwise: no exception applies
      why: no alternative resource meets Ambulation, so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[ambulation] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Ambulation met each week by day care, school, a regional center or another
            resource is deducted
        facts: alternative_resources = [0 items]
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
              why: the need for Ambulation is within the guideline range, or there is no need or
                  rank to compare
              facts: weekly_need[ambulation] = 1:30 hours/week
              step: htg[ambulation, 3] = 1:00 to 2:06 a week
                  [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
              ranked[ambulation] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
              rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
            exception_undocumented[ambulation] = false  [W&I Code 12301.2(c)]
              applied: otherwise: no exception applies
              why: Ambulation is within the guideline range, or the county documented why it is not
              needs_exception[ambulation] = false  [MPP 30-757.1(a)]  (explained above)
            rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
    task_weekly[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
      applied: otherwise: no exception applies
      why: no alternative resource meets Moving In and Out of Bed (Transfer), so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[transfer] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Moving In and Out of Bed (Transfer) met each week by day care, school, a
            regional center or another resource is deducted
        facts: alternative_resources = [0 items]
      task_prorated[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
        applied: otherwise: no exception applies
        why: Moving In and Out of Bed (Transfer) does not also serve the household, so it is
            not divided
        task_authorized[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
          applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
              has(weekly_need[t])))
          why: Moving In and Out of Bed (Transfer) has an Hourly Task Guideline, so its time is
              worked out by the guideline
          minor = false  [ACL 23-106]  (explained above)
          spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
          ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]
            applied: definition
            why: Moving In and Out of Bed (Transfer) has a rank when the notice ranks it, or ranks
                the Functional Index function that covers it
            facts: ranks[transfer] = 3
          rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]
            applied: when has(ranks[t])
            why: Moving In and Out of Bed (Transfer) has its own rank on the notice, 3
            facts: ranks[transfer] = 3
          guideline_weekly[transfer] = 1:00 hours/week  [MPP 30-757.1(a)]
            applied: when has(weekly_need[t]) and rank[t] in 2..5
            why: the need for Moving In and Out of Bed (Transfer), 1:00 a week, is within the
                guideline range, so it is authorized as assessed
            facts: weekly_need[transfer] = 1:00 hours/week
            needs_exception[transfer] = false  [MPP 30-757.1(a)]
              unverified: htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL
                  06-34 Attachment C
              applied: otherwise: no exception applies
              why: the need for Moving In and Out of Bed (Transfer) is within the guideline range,
                  or there is no need or rank to compare
              facts: weekly_need[transfer] = 1:00 hours/week
              step: htg[transfer, 3] = 0:35 to 1:24 a week
                  [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
              ranked[transfer] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
              rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
            exception_undocumented[transfer] = false  [W&I Code 12301.2(c)]
              applied: otherwise: no exception applies
              why: Moving In and Out of Bed (Transfer) is within the guideline range, or the county
                  documented why it is not
              needs_exception[transfer] = false  [MPP 30-757.1(a)]  (explained above)
            rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
    task_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
      applied: otherwise: no exception applies
      why: no alternative resource meets Bathing, Oral Hygiene and Grooming, so nothing is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[bathing_grooming] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Bathing, Oral Hygiene and Grooming met each week by day care, school, a
            regional center or another resource is deducted
        facts: alternative_resources = [0 items]
      task_prorated[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
        applied: otherwise: no exception applies
        why: Bathing, Oral Hygiene and Grooming does not also serve the household, so it is
            not divided
        task_authorized[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
          applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
              has(weekly_need[t])))
          why: Bathing, Oral Hygiene and Grooming has an Hourly Task Guideline, so its time is
              worked out by the guideline
          minor = false  [ACL 23-106]  (explained above)
          spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
          ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]
            applied: definition
            why: Bathing, Oral Hygiene and Grooming has a rank when the notice ranks it, or ranks
                the Functional Index function that covers it
            facts: ranks[bathing_grooming] = 4
          rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]
            applied: when has(ranks[t])
            why: Bathing, Oral Hygiene and Grooming has its own rank on the notice, 4
            facts: ranks[bathing_grooming] = 4
          guideline_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a)]
            applied: when has(weekly_need[t]) and rank[t] in 2..5
            why: the need for Bathing, Oral Hygiene and Grooming, 3:30 a week, is within the
                guideline range, so it is authorized as assessed
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
        facts: alternative_resources = [0 items]
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
        why: time for Care of Prosthetic Devices met each week by day care, school, a regional
            center or another resource is deducted
        facts: alternative_resources = [0 items]
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
            why: Care of Prosthetic Devices has a rank when the notice ranks it, or ranks the
                Functional Index function that covers it
            fi_ranks_given = false  [MPP 30-756.1]  (explained above)
    task_weekly[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: no alternative resource meets Accompaniment to Medical Appointments, so nothing
          is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[accompaniment_medical] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Accompaniment to Medical Appointments met each week by day care, school, a
            regional center or another resource is deducted
        facts: alternative_resources = [0 items]
      task_prorated[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
        applied: otherwise: no exception applies
        why: Accompaniment to Medical Appointments does not also serve the household, so it is
            not divided
        task_authorized[accompaniment_medical] = 0:00 hours/week  [MPP 30-757.1]
          applied: otherwise: no exception applies
          why: Accompaniment to Medical Appointments has no need assessed and no rank that gives
              it time
          minor = false  [ACL 23-106]  (explained above)
          spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
          ranked[accompaniment_medical] = false  [MPP 30-756.1; W&I Code 12309(d)]
            applied: definition
            why: Accompaniment to Medical Appointments has a rank when the notice ranks it, or ranks
                the Functional Index function that covers it
            fi_ranks_given = false  [MPP 30-756.1]  (explained above)
    task_weekly[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
      applied: otherwise: no exception applies
      why: no alternative resource meets Accompaniment to Alternative Resource Sites, so nothing
          is deducted
      step: 0:00 a week > 0:00 a week: no
      resources_deducted[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-763.611]
        applied: definition
        why: time for Accompaniment to Alternative Resource Sites met each week by day care, school,
            a regional center or another resource is deducted
        facts: alternative_resources = [0 items]
      task_prorated[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
        applied: otherwise: no exception applies
        why: Accompaniment to Alternative Resource Sites does not also serve the household, so it
            is not divided
        task_authorized[accompaniment_alternative_resource] = 0:00 hours/week  [MPP 30-757.1]
          applied: otherwise: no exception applies
          why: Accompaniment to Alternative Resource Sites has no need assessed and no rank
              that gives it time
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
        facts: alternative_resources = [0 items]
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
        facts: alternative_resources = [0 items]
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
        why: time for Teaching and Demonstration met each week by day care, school, a regional
            center or another resource is deducted
        facts: alternative_resources = [0 items]
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
            why: Teaching and Demonstration has a rank when the notice ranks it, or ranks the
                Functional Index function that covers it
            fi_ranks_given = false  [MPP 30-756.1]  (explained above)
    paramedical_weekly = 0:00 hours/week
        [MPP 30-757.19; MPP 30-757.194; MPP 30-757.197; W&I Code 12300.1]
      applied: definition
      why: an order counts once the county has received its SOC 321, on or before the assessment
          date (March 2, 2026)
      facts: paramedical = [0 items]
  weeks_per_month = 4.33  [W&I Code 12301.1(b)(1)]
    applied: definition
  domestic_monthly = 2:00 hours/month  [MPP 30-757.11(k)(1); MPP 30-763.31]
    applied: otherwise: no exception applies
    why: the household's domestic time, 6:00 a month, is divided among 3 people
    facts: live_in_attendant_only = false
    step: prorated 6:00 a month / 3 people = 2:00 a month
    minor = false  [ACL 23-106]  (explained above)
    spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
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

[exit 0]
$ printf 'weekly_need.dressing = 0.25\nweekly_need.dressing = "0:15"\nweekly_need.dressing\n' | cite repl rules --facts examples/adult-ipo.json
error: fact 'weekly_need.dressing' is 0.25; allowed: a whole number of minutes, or a duration "H:MM" (0.25 minutes is not a duration: for that many hours write "0:15")
    input weekly_need: "the assessed need per task per week"; read by rules domestic_need_monthly, needs_exception, guideline_weekly, task_authorized
weekly_need[dressing] = 0:15 hours/week  (fact: the assessed need per task per week)
weekly_need[dressing] = 0:15 hours/week  (fact: the assessed need per task per week)
the case had unsaved changes
[exit 0]
