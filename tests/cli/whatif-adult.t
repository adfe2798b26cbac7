$ cite whatif rules --facts examples/adult-ipo.json --set household_members=1 --query domestic_monthly --query program_maximum
What if household_members=1?

2 results change:
  domestic_monthly: 2:00 hours/month -> 6:00 hours/month (+4:00 hours/month)
      [MPP 30-757.11(k)(1); MPP 30-763.31]
  program_maximum: 195:00 hours/month -> 283:00 hours/month (+88:00 hours/month)  [W&I Code 12303.4]

Why, with the new facts:

domestic_monthly = 6:00 hours/month  [MPP 30-757.11(k)(1); MPP 30-763.31]
  applied: otherwise: no exception applies
  why: the household's domestic time, 6:00 a month, is divided among 1 people
  facts: live_in_attendant_only = false
  step: prorated 6:00 a month / 1 person = 6:00 a month
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
  domestic_housemates = 1  [MPP 30-763.31]
    applied: otherwise: no exception applies
    why: the domestic need is shared among the 1 people of the home
    facts: household_members = 1

program_maximum = 283:00 hours/month  [W&I Code 12303.4]
  unverified: htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL
      06-34 Attachment C
  unverified: htg[meal_cleanup, 3], htg[ambulation, 3], htg[bathing_grooming, 4], htg[dressing, 3],
      htg[bowel_bladder, 4], htg[transfer, 3], htg[feeding, 3]: recalled: verify against MPP 30-757
      and ACL 06-34 Attachment C
  applied: when severely_impaired
  why: the recipient is severely impaired (24:15 a week counts toward the test), so the maximum is
      283 hours a month
  severely_impaired = true  [MPP 30-701(s)(1); W&I Code 12303.4]
    applied: definition
    why: the test counts 24:15 a week; 20 hours a week or more is severely impaired
    step: 24:15 a week >= 20:00 a week: yes (4:15 above)
    severely_impaired_weekly = 24:15 hours/week  [MPP 30-701(s)(1); MPP 30-701(s)(1)(D)]
      applied: definition
      why: the personal care services, meal preparation and clean-up (with a feeding need) and 0:00
          a week of paramedical time
      si_task_weekly[domestic, laundry, shopping_food, other_shopping_errands,
          accompaniment_medical, accompaniment_alternative_resource, yard_hazard_abatement,
          heavy_cleaning, teaching_demonstration] = 0:00 hours/week  [MPP 30-701(s)(1)]  (applied:
          otherwise: no exception applies)
      si_task_weekly[meal_preparation] = 7:00 hours/week  [MPP 30-763.32; MPP 30-701(s)(1)(B)]
        applied: when t == meal_preparation and feeding_need
        why: the recipient needs help with feeding, so meal preparation counts toward the test
        feeding_need = true  [MPP 30-701(s)(1)]
          applied: definition
          why: feeding is authorized 3:00 a week
          step: 3:00 a week > 0:00 a week: yes (3:00 above)
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
                step: htg[feeding, 3] = 1:10 to 3:30 a week
                    [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
                ranked[feeding] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
                rank[feeding] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
              exception_undocumented[feeding] = false  [W&I Code 12301.2(c)]
                applied: otherwise: no exception applies
                why: Feeding is within the guideline range, or the county documented why it is not
                needs_exception[feeding] = false  [MPP 30-757.1(a)]  (explained above)
              rank[feeding] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
        spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
        task_prorated[meal_preparation] = 7:00 hours/week  [MPP 30-763.32]
          applied: when has(shared_with_household[t]) and shared_with_household[t]
          why: Meal Preparation also serves the household, so it is divided among its 1 members
          facts: shared_with_household[meal_preparation] = true, household_members = 1
          step: prorated 7:00 a week / 1 person = 7:00 a week
          task_authorized[meal_preparation] = 7:00 hours/week  [MPP 30-757.1(a)]
            applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
                has(weekly_need[t])))
            why: Meal Preparation has an Hourly Task Guideline, so its time is worked out by
                the guideline
            minor = false  [ACL 23-106]  (explained above)
            spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
            ranked[meal_preparation] = true  [MPP 30-756.1; W&I Code 12309(d)]
              applied: definition
              why: Meal Preparation has a rank when the notice ranks it, or ranks the Functional
                  Index function that covers it
              facts: ranks[meal_preparation] = 4
            rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]
              applied: when has(ranks[t])
              why: Meal Preparation has its own rank on the notice, 4
              facts: ranks[meal_preparation] = 4
            guideline_weekly[meal_preparation] = 7:00 hours/week  [MPP 30-757.1(a)]
              applied: when has(weekly_need[t]) and rank[t] in 2..5
              why: the need for Meal Preparation, 7:00 a week, is within the guideline range, so it
                  is authorized as assessed
              facts: weekly_need[meal_preparation] = 7:00 hours/week
              needs_exception[meal_preparation] = false  [MPP 30-757.1(a)]
                unverified: htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and
                    ACL 06-34 Attachment C
                applied: otherwise: no exception applies
                why: the need for Meal Preparation is within the guideline range, or there is no
                    need or rank to compare
                facts: weekly_need[meal_preparation] = 7:00 hours/week
                step: htg[meal_preparation, 4] = 5:15 to 7:00 a week [MPP 30-757.131]
                ranked[meal_preparation] = true  [MPP 30-756.1; W&I Code 12309(d)]
                    (explained above)
                rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
              exception_undocumented[meal_preparation] = false  [W&I Code 12301.2(c)]
                applied: otherwise: no exception applies
                why: Meal Preparation is within the guideline range, or the county documented why
                    it is not
                needs_exception[meal_preparation] = false  [MPP 30-757.1(a)]  (explained above)
              rank[meal_preparation] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
      si_task_weekly[meal_cleanup] = 2:30 hours/week  [MPP 30-757.1(a); MPP 30-701(s)(1)(C)]
        applied: when t == meal_cleanup and feeding_need
        why: the recipient needs help with feeding, so meal clean-up counts toward the test
        feeding_need = true  [MPP 30-701(s)(1)]  (explained above)
        spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
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
                why: the need for Meal Clean-up is within the guideline range, or there is no need
                    or rank to compare
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
      si_task_weekly[respiration] = 0:00 hours/week  [MPP 30-757.1; MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Respiration is a personal care service: the test counts it, 0:00 a week
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
              fi_ranks_given = false  [MPP 30-756.1]
                applied: definition
                why: the notice ranks at least one Functional Index function
      si_task_weekly[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a); MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Bowel and Bladder Care is a personal care service: the test counts it, 4:00 a week
        task_prorated[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
          applied: otherwise: no exception applies
          why: Bowel and Bladder Care does not also serve the household, so it is not divided
          task_authorized[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
            applied: when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and
                has(weekly_need[t])))
            why: Bowel and Bladder Care has an Hourly Task Guideline, so its time is worked out
                by the guideline
            minor = false  [ACL 23-106]  (explained above)
            spouse_provides = false  [MPP 30-763.413; ACL 21-91]  (explained above)
            ranked[bowel_bladder] = true  [MPP 30-756.1; W&I Code 12309(d)]
              applied: definition
              why: Bowel and Bladder Care has a rank when the notice ranks it, or ranks the
                  Functional Index function that covers it
              facts: ranks[bowel_bladder] = 4
            rank[bowel_bladder] = 4  [MPP 30-756.1; W&I Code 12309(d)]
              applied: when has(ranks[t])
              why: Bowel and Bladder Care has its own rank on the notice, 4
              facts: ranks[bowel_bladder] = 4
            guideline_weekly[bowel_bladder] = 4:00 hours/week  [MPP 30-757.1(a)]
              applied: when has(weekly_need[t]) and rank[t] in 2..5
              why: the need for Bowel and Bladder Care, 4:00 a week, is within the guideline range,
                  so it is authorized as assessed
              facts: weekly_need[bowel_bladder] = 4:00 hours/week
              needs_exception[bowel_bladder] = false  [MPP 30-757.1(a)]
                unverified: htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL
                    06-34 Attachment C
                applied: otherwise: no exception applies
                why: the need for Bowel and Bladder Care is within the guideline range, or there is
                    no need or rank to compare
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
      si_task_weekly[feeding] = 3:00 hours/week  [MPP 30-757.1(a); MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Feeding is a personal care service: the test counts it, 3:00 a week
        task_prorated[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]
          applied: otherwise: no exception applies
          why: Feeding does not also serve the household, so it is not divided
          task_authorized[feeding] = 3:00 hours/week  [MPP 30-757.1(a)]  (explained above)
      si_task_weekly[routine_bed_bath] = 0:00 hours/week  [MPP 30-757.1; MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Routine Bed Baths is a personal care service: the test counts it, 0:00 a week
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
      si_task_weekly[dressing] = 1:45 hours/week  [MPP 30-757.1(a); MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Dressing is a personal care service: the test counts it, 1:45 a week
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
                unverified: htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL
                    06-34 Attachment C
                applied: otherwise: no exception applies
                why: the need for Dressing is within the guideline range, or there is no need or
                    rank to compare
                facts: weekly_need[dressing] = 1:45 hours/week
                step: htg[dressing, 3] = 1:01 to 1:52 a week
                    [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
                ranked[dressing] = true  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
                rank[dressing] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
              exception_undocumented[dressing] = false  [W&I Code 12301.2(c)]
                applied: otherwise: no exception applies
                why: Dressing is within the guideline range, or the county documented why it is not
                needs_exception[dressing] = false  [MPP 30-757.1(a)]  (explained above)
              rank[dressing] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
      si_task_weekly[menstrual_care] = 0:00 hours/week  [MPP 30-757.1; MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Menstrual Care is a personal care service: the test counts it, 0:00 a week
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
      si_task_weekly[ambulation] = 1:30 hours/week  [MPP 30-757.1(a); MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Ambulation is a personal care service: the test counts it, 1:30 a week
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
                why: Ambulation is within the guideline range, or the county documented why it
                    is not
                needs_exception[ambulation] = false  [MPP 30-757.1(a)]  (explained above)
              rank[ambulation] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
      si_task_weekly[transfer] = 1:00 hours/week  [MPP 30-757.1(a); MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Moving In and Out of Bed (Transfer) is a personal care service: the test counts
            it, 1:00 a week
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
                why: Moving In and Out of Bed (Transfer) is within the guideline range, or the
                    county documented why it is not
                needs_exception[transfer] = false  [MPP 30-757.1(a)]  (explained above)
              rank[transfer] = 3  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
      si_task_weekly[bathing_grooming] = 3:30 hours/week  [MPP 30-757.1(a); MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Bathing, Oral Hygiene and Grooming is a personal care service: the test counts it,
            3:30 a week
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
                why: the need for Bathing, Oral Hygiene and Grooming is within the guideline range,
                    or there is no need or rank to compare
                facts: weekly_need[bathing_grooming] = 3:30 hours/week
                step: htg[bathing_grooming, 4] = 2:21 to 4:05 a week
                    [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]
                ranked[bathing_grooming] = true  [MPP 30-756.1; W&I Code 12309(d)]
                    (explained above)
                rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
              exception_undocumented[bathing_grooming] = false  [W&I Code 12301.2(c)]
                applied: otherwise: no exception applies
                why: Bathing, Oral Hygiene and Grooming is within the guideline range, or the county
                    documented why it is not
                needs_exception[bathing_grooming] = false  [MPP 30-757.1(a)]  (explained above)
              rank[bathing_grooming] = 4  [MPP 30-756.1; W&I Code 12309(d)]  (explained above)
      si_task_weekly[repositioning] = 0:00 hours/week  [MPP 30-757.1; MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Repositioning and Rubbing Skin is a personal care service: the test counts it, 0:00
            a week
        task_prorated[repositioning] = 0:00 hours/week  [MPP 30-757.1]
          applied: otherwise: no exception applies
          why: Repositioning and Rubbing Skin does not also serve the household, so it is
              not divided
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
      si_task_weekly[prosthesis] = 0:00 hours/week  [MPP 30-757.1; MPP 30-701(s)(1)(A)]
        applied: when t in PersonalCare
        why: Care of Prosthetic Devices is a personal care service: the test counts it, 0:00 a week
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
      paramedical_weekly = 0:00 hours/week
          [MPP 30-757.19; MPP 30-757.194; MPP 30-757.197; W&I Code 12300.1]
        applied: definition
        why: an order counts once the county has received its SOC 321, on or before the assessment
            date (March 2, 2026)
        facts: paramedical = [0 items]

[exit 0]
$ cite whatif rules --facts examples/adult-ipo.json --set household_members=1 --query domestic_monthly --query program_maximum --json
{"changed": {
  "domestic_monthly": {"old": {"value": "2:00", "unit": "hours/month", "minutes": 120}, "new": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "difference": {"value": "4:00", "unit": "hours/month", "minutes": 240}},
  "program_maximum": {"old": {"value": "195:00", "unit": "hours/month", "minutes": 11700}, "new": {"value": "283:00", "unit": "hours/month", "minutes": 16980}, "difference": {"value": "88:00", "unit": "hours/month", "minutes": 5280}}},
"unchanged": [],
"trace": {
  "domestic_monthly": {"rule": "domestic_monthly", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)", "MPP 30-763.31"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the household's domestic time, 6:00 a month, is divided among 1 people", "inputs": {"live_in_attendant_only": false}, "steps": ["prorated 6:00 a month / 1 person = 6:00 a month"], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {"age": 54}, "steps": [], "children": []}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {"spouse_unavailable_over_24h": false, "able_and_available_spouse": false}, "steps": [], "children": []}, {"rule": "domestic_capped", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the domestic need, 6:00 a month, is within the 6 hours a month for the household", "inputs": {}, "steps": ["6:00 a month > 6:00 a month: no"], "children": [{"rule": "domestic_need_monthly", "value": {"value": "6:00", "unit": "hours/month", "minutes": 360}, "cite": ["MPP 30-757.11(k)(1)"], "unverified": [], "applied": "when ranked[domestic] and rank[domestic] in 2..5 and not has(weekly_need[domestic])", "reason": "domestic is ranked 4 and no need is given, so the 6 hours a month of the regulation apply", "inputs": {}, "steps": [], "children": [{"rule": "ranked[domestic]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Domestic Services has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.domestic": 4}, "steps": [], "children": []}, {"rule": "rank[domestic]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Domestic Services has its own rank on the notice, 4", "inputs": {"ranks.domestic": 4}, "steps": [], "children": []}]}]}, {"rule": "domestic_housemates", "value": 1, "cite": ["MPP 30-763.31"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the domestic need is shared among the 1 people of the home", "inputs": {"household_members": 1}, "steps": [], "children": []}]},
  "program_maximum": {"rule": "program_maximum", "value": {"value": "283:00", "unit": "hours/month", "minutes": 16980}, "cite": ["W&I Code 12303.4"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C", "htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when severely_impaired", "reason": "the recipient is severely impaired (24:15 a week counts toward the test), so the maximum is 283 hours a month", "inputs": {}, "steps": [], "children": [{"rule": "severely_impaired", "value": true, "cite": ["MPP 30-701(s)(1)", "W&I Code 12303.4"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C", "htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "definition", "reason": "the test counts 24:15 a week; 20 hours a week or more is severely impaired", "inputs": {}, "steps": ["24:15 a week >= 20:00 a week: yes (4:15 above)"], "children": [{"rule": "severely_impaired_weekly", "value": {"value": "24:15", "unit": "hours/week", "minutes": 1455}, "cite": ["MPP 30-701(s)(1)", "MPP 30-701(s)(1)(D)"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C", "htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "definition", "reason": "the personal care services, meal preparation and clean-up (with a feeding need) and 0:00 a week of paramedical time", "inputs": {}, "steps": [], "children": [{"rule": "si_task_weekly[domestic]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Domestic Services is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "si_task_weekly[meal_preparation]", "value": {"value": "7:00", "unit": "hours/week", "minutes": 420}, "cite": ["MPP 30-763.32", "MPP 30-701(s)(1)(B)"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C", "htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t == meal_preparation and feeding_need", "reason": "the recipient needs help with feeding, so meal preparation counts toward the test", "inputs": {}, "steps": [], "children": [{"rule": "feeding_need", "value": true, "cite": ["MPP 30-701(s)(1)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "definition", "reason": "feeding is authorized 3:00 a week", "inputs": {}, "steps": ["3:00 a week > 0:00 a week: yes (3:00 above)"], "children": [{"rule": "task_authorized[feeding]", "value": {"value": "3:00", "unit": "hours/week", "minutes": 180}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Feeding has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {"age": 54}, "steps": [], "children": []}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {"spouse_unavailable_over_24h": false, "able_and_available_spouse": false}, "steps": [], "children": []}, {"rule": "ranked[feeding]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Feeding has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.feeding": 3}, "steps": [], "children": []}, {"rule": "rank[feeding]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Feeding has its own rank on the notice, 3", "inputs": {"ranks.feeding": 3}, "steps": [], "children": []}, {"rule": "guideline_weekly[feeding]", "value": {"value": "3:00", "unit": "hours/week", "minutes": 180}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when has(weekly_need[t]) and rank[t] in 2..5", "reason": "the need for Feeding, 3:00 a week, is within the guideline range, so it is authorized as assessed", "inputs": {"weekly_need.feeding": {"value": "3:00", "unit": "hours/week", "minutes": 180}}, "steps": [], "children": [{"rule": "needs_exception[feeding]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Feeding is within the guideline range, or there is no need or rank to compare", "inputs": {"weekly_need.feeding": {"value": "3:00", "unit": "hours/week", "minutes": 180}}, "steps": ["htg[feeding, 3] = 1:10 to 3:30 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]"], "children": [{"rule": "ranked[feeding]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Feeding has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "rank[feeding]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Feeding has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "exception_undocumented[feeding]", "value": false, "cite": ["W&I Code 12301.2(c)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Feeding is within the guideline range, or the county documented why it is not", "inputs": {}, "steps": [], "children": [{"rule": "needs_exception[feeding]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Feeding is within the guideline range, or there is no need or rank to compare", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "rank[feeding]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Feeding has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "task_prorated[meal_preparation]", "value": {"value": "7:00", "unit": "hours/week", "minutes": 420}, "cite": ["MPP 30-763.32"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C"], "applied": "when has(shared_with_household[t]) and shared_with_household[t]", "reason": "Meal Preparation also serves the household, so it is divided among its 1 members", "inputs": {"shared_with_household.meal_preparation": true, "household_members": 1}, "steps": ["prorated 7:00 a week / 1 person = 7:00 a week"], "children": [{"rule": "task_authorized[meal_preparation]", "value": {"value": "7:00", "unit": "hours/week", "minutes": 420}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Meal Preparation has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[meal_preparation]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Meal Preparation has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.meal_preparation": 4}, "steps": [], "children": []}, {"rule": "rank[meal_preparation]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Meal Preparation has its own rank on the notice, 4", "inputs": {"ranks.meal_preparation": 4}, "steps": [], "children": []}, {"rule": "guideline_weekly[meal_preparation]", "value": {"value": "7:00", "unit": "hours/week", "minutes": 420}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C"], "applied": "when has(weekly_need[t]) and rank[t] in 2..5", "reason": "the need for Meal Preparation, 7:00 a week, is within the guideline range, so it is authorized as assessed", "inputs": {"weekly_need.meal_preparation": {"value": "7:00", "unit": "hours/week", "minutes": 420}}, "steps": [], "children": [{"rule": "needs_exception[meal_preparation]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Meal Preparation is within the guideline range, or there is no need or rank to compare", "inputs": {"weekly_need.meal_preparation": {"value": "7:00", "unit": "hours/week", "minutes": 420}}, "steps": ["htg[meal_preparation, 4] = 5:15 to 7:00 a week [MPP 30-757.131]"], "children": [{"rule": "ranked[meal_preparation]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Meal Preparation has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "rank[meal_preparation]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Meal Preparation has its own rank on the notice, 4", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "exception_undocumented[meal_preparation]", "value": false, "cite": ["W&I Code 12301.2(c)"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Meal Preparation is within the guideline range, or the county documented why it is not", "inputs": {}, "steps": [], "children": [{"rule": "needs_exception[meal_preparation]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_preparation, 4]: recalled: verify against MPP 30-757.131 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Meal Preparation is within the guideline range, or there is no need or rank to compare", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "rank[meal_preparation]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Meal Preparation has its own rank on the notice, 4", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[meal_cleanup]", "value": {"value": "2:30", "unit": "hours/week", "minutes": 150}, "cite": ["MPP 30-757.1(a)", "MPP 30-701(s)(1)(C)"], "unverified": ["htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C", "htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t == meal_cleanup and feeding_need", "reason": "the recipient needs help with feeding, so meal clean-up counts toward the test", "inputs": {}, "steps": [], "children": [{"rule": "feeding_need", "value": true, "cite": ["MPP 30-701(s)(1)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "definition", "reason": "feeding is authorized 3:00 a week", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "task_prorated[meal_cleanup]", "value": {"value": "2:30", "unit": "hours/week", "minutes": 150}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Meal Clean-up does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[meal_cleanup]", "value": {"value": "2:30", "unit": "hours/week", "minutes": 150}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Meal Clean-up has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[meal_cleanup]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Meal Clean-up has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.meal_cleanup": 3}, "steps": [], "children": []}, {"rule": "rank[meal_cleanup]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Meal Clean-up has its own rank on the notice, 3", "inputs": {"ranks.meal_cleanup": 3}, "steps": [], "children": []}, {"rule": "guideline_weekly[meal_cleanup]", "value": {"value": "2:30", "unit": "hours/week", "minutes": 150}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when has(weekly_need[t]) and rank[t] in 2..5", "reason": "the need for Meal Clean-up, 2:30 a week, is within the guideline range, so it is authorized as assessed", "inputs": {"weekly_need.meal_cleanup": {"value": "2:30", "unit": "hours/week", "minutes": 150}}, "steps": [], "children": [{"rule": "needs_exception[meal_cleanup]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Meal Clean-up is within the guideline range, or there is no need or rank to compare", "inputs": {"weekly_need.meal_cleanup": {"value": "2:30", "unit": "hours/week", "minutes": 150}}, "steps": ["htg[meal_cleanup, 3] = 1:45 to 3:30 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]"], "children": [{"rule": "ranked[meal_cleanup]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Meal Clean-up has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "rank[meal_cleanup]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Meal Clean-up has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "exception_undocumented[meal_cleanup]", "value": false, "cite": ["W&I Code 12301.2(c)"], "unverified": ["htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Meal Clean-up is within the guideline range, or the county documented why it is not", "inputs": {}, "steps": [], "children": [{"rule": "needs_exception[meal_cleanup]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[meal_cleanup, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Meal Clean-up is within the guideline range, or there is no need or rank to compare", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "rank[meal_cleanup]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Meal Clean-up has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[laundry]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Laundry is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "si_task_weekly[shopping_food]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Food Shopping is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "si_task_weekly[other_shopping_errands]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Other Shopping and Errands is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "si_task_weekly[respiration]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1", "MPP 30-701(s)(1)(A)"], "unverified": [], "applied": "when t in PersonalCare", "reason": "Respiration is a personal care service: the test counts it, 0:00 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[respiration]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Respiration does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[respiration]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Respiration has no need assessed and no rank that gives it time", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[respiration]", "value": false, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Respiration has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [{"rule": "fi_ranks_given", "value": false, "cite": ["MPP 30-756.1"], "unverified": [], "applied": "definition", "reason": "the notice ranks at least one Functional Index function", "inputs": {}, "steps": [], "children": []}]}]}]}]}, {"rule": "si_task_weekly[bowel_bladder]", "value": {"value": "4:00", "unit": "hours/week", "minutes": 240}, "cite": ["MPP 30-757.1(a)", "MPP 30-701(s)(1)(A)"], "unverified": ["htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in PersonalCare", "reason": "Bowel and Bladder Care is a personal care service: the test counts it, 4:00 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[bowel_bladder]", "value": {"value": "4:00", "unit": "hours/week", "minutes": 240}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Bowel and Bladder Care does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[bowel_bladder]", "value": {"value": "4:00", "unit": "hours/week", "minutes": 240}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Bowel and Bladder Care has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[bowel_bladder]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Bowel and Bladder Care has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.bowel_bladder": 4}, "steps": [], "children": []}, {"rule": "rank[bowel_bladder]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Bowel and Bladder Care has its own rank on the notice, 4", "inputs": {"ranks.bowel_bladder": 4}, "steps": [], "children": []}, {"rule": "guideline_weekly[bowel_bladder]", "value": {"value": "4:00", "unit": "hours/week", "minutes": 240}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when has(weekly_need[t]) and rank[t] in 2..5", "reason": "the need for Bowel and Bladder Care, 4:00 a week, is within the guideline range, so it is authorized as assessed", "inputs": {"weekly_need.bowel_bladder": {"value": "4:00", "unit": "hours/week", "minutes": 240}}, "steps": [], "children": [{"rule": "needs_exception[bowel_bladder]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Bowel and Bladder Care is within the guideline range, or there is no need or rank to compare", "inputs": {"weekly_need.bowel_bladder": {"value": "4:00", "unit": "hours/week", "minutes": 240}}, "steps": ["htg[bowel_bladder, 4] = 2:55 to 5:50 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]"], "children": [{"rule": "ranked[bowel_bladder]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Bowel and Bladder Care has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "rank[bowel_bladder]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Bowel and Bladder Care has its own rank on the notice, 4", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "exception_undocumented[bowel_bladder]", "value": false, "cite": ["W&I Code 12301.2(c)"], "unverified": ["htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Bowel and Bladder Care is within the guideline range, or the county documented why it is not", "inputs": {}, "steps": [], "children": [{"rule": "needs_exception[bowel_bladder]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bowel_bladder, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Bowel and Bladder Care is within the guideline range, or there is no need or rank to compare", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "rank[bowel_bladder]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Bowel and Bladder Care has its own rank on the notice, 4", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[feeding]", "value": {"value": "3:00", "unit": "hours/week", "minutes": 180}, "cite": ["MPP 30-757.1(a)", "MPP 30-701(s)(1)(A)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in PersonalCare", "reason": "Feeding is a personal care service: the test counts it, 3:00 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[feeding]", "value": {"value": "3:00", "unit": "hours/week", "minutes": 180}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Feeding does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[feeding]", "value": {"value": "3:00", "unit": "hours/week", "minutes": 180}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[feeding, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Feeding has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}, {"rule": "si_task_weekly[routine_bed_bath]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1", "MPP 30-701(s)(1)(A)"], "unverified": [], "applied": "when t in PersonalCare", "reason": "Routine Bed Baths is a personal care service: the test counts it, 0:00 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[routine_bed_bath]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Routine Bed Baths does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[routine_bed_bath]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Routine Bed Baths has no need assessed and no rank that gives it time", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[routine_bed_bath]", "value": false, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Routine Bed Baths has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [{"rule": "fi_ranks_given", "value": false, "cite": ["MPP 30-756.1"], "unverified": [], "applied": "definition", "reason": "the notice ranks at least one Functional Index function", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[dressing]", "value": {"value": "1:45", "unit": "hours/week", "minutes": 105}, "cite": ["MPP 30-757.1(a)", "MPP 30-701(s)(1)(A)"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in PersonalCare", "reason": "Dressing is a personal care service: the test counts it, 1:45 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[dressing]", "value": {"value": "1:45", "unit": "hours/week", "minutes": 105}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Dressing does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[dressing]", "value": {"value": "1:45", "unit": "hours/week", "minutes": 105}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Dressing has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[dressing]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Dressing has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.dressing": 3}, "steps": [], "children": []}, {"rule": "rank[dressing]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Dressing has its own rank on the notice, 3", "inputs": {"ranks.dressing": 3}, "steps": [], "children": []}, {"rule": "guideline_weekly[dressing]", "value": {"value": "1:45", "unit": "hours/week", "minutes": 105}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when has(weekly_need[t]) and rank[t] in 2..5", "reason": "the need for Dressing, 1:45 a week, is within the guideline range, so it is authorized as assessed", "inputs": {"weekly_need.dressing": {"value": "1:45", "unit": "hours/week", "minutes": 105}}, "steps": [], "children": [{"rule": "needs_exception[dressing]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Dressing is within the guideline range, or there is no need or rank to compare", "inputs": {"weekly_need.dressing": {"value": "1:45", "unit": "hours/week", "minutes": 105}}, "steps": ["htg[dressing, 3] = 1:01 to 1:52 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]"], "children": [{"rule": "ranked[dressing]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Dressing has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "rank[dressing]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Dressing has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "exception_undocumented[dressing]", "value": false, "cite": ["W&I Code 12301.2(c)"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Dressing is within the guideline range, or the county documented why it is not", "inputs": {}, "steps": [], "children": [{"rule": "needs_exception[dressing]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[dressing, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Dressing is within the guideline range, or there is no need or rank to compare", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "rank[dressing]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Dressing has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[menstrual_care]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1", "MPP 30-701(s)(1)(A)"], "unverified": [], "applied": "when t in PersonalCare", "reason": "Menstrual Care is a personal care service: the test counts it, 0:00 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[menstrual_care]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Menstrual Care does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[menstrual_care]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Menstrual Care has no need assessed and no rank that gives it time", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[menstrual_care]", "value": false, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Menstrual Care has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [{"rule": "fi_ranks_given", "value": false, "cite": ["MPP 30-756.1"], "unverified": [], "applied": "definition", "reason": "the notice ranks at least one Functional Index function", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[ambulation]", "value": {"value": "1:30", "unit": "hours/week", "minutes": 90}, "cite": ["MPP 30-757.1(a)", "MPP 30-701(s)(1)(A)"], "unverified": ["htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in PersonalCare", "reason": "Ambulation is a personal care service: the test counts it, 1:30 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[ambulation]", "value": {"value": "1:30", "unit": "hours/week", "minutes": 90}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Ambulation does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[ambulation]", "value": {"value": "1:30", "unit": "hours/week", "minutes": 90}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Ambulation has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[ambulation]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Ambulation has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.ambulation": 3}, "steps": [], "children": []}, {"rule": "rank[ambulation]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Ambulation has its own rank on the notice, 3", "inputs": {"ranks.ambulation": 3}, "steps": [], "children": []}, {"rule": "guideline_weekly[ambulation]", "value": {"value": "1:30", "unit": "hours/week", "minutes": 90}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when has(weekly_need[t]) and rank[t] in 2..5", "reason": "the need for Ambulation, 1:30 a week, is within the guideline range, so it is authorized as assessed", "inputs": {"weekly_need.ambulation": {"value": "1:30", "unit": "hours/week", "minutes": 90}}, "steps": [], "children": [{"rule": "needs_exception[ambulation]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Ambulation is within the guideline range, or there is no need or rank to compare", "inputs": {"weekly_need.ambulation": {"value": "1:30", "unit": "hours/week", "minutes": 90}}, "steps": ["htg[ambulation, 3] = 1:00 to 2:06 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]"], "children": [{"rule": "ranked[ambulation]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Ambulation has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "rank[ambulation]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Ambulation has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "exception_undocumented[ambulation]", "value": false, "cite": ["W&I Code 12301.2(c)"], "unverified": ["htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Ambulation is within the guideline range, or the county documented why it is not", "inputs": {}, "steps": [], "children": [{"rule": "needs_exception[ambulation]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[ambulation, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Ambulation is within the guideline range, or there is no need or rank to compare", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "rank[ambulation]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Ambulation has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[transfer]", "value": {"value": "1:00", "unit": "hours/week", "minutes": 60}, "cite": ["MPP 30-757.1(a)", "MPP 30-701(s)(1)(A)"], "unverified": ["htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in PersonalCare", "reason": "Moving In and Out of Bed (Transfer) is a personal care service: the test counts it, 1:00 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[transfer]", "value": {"value": "1:00", "unit": "hours/week", "minutes": 60}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Moving In and Out of Bed (Transfer) does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[transfer]", "value": {"value": "1:00", "unit": "hours/week", "minutes": 60}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Moving In and Out of Bed (Transfer) has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[transfer]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Moving In and Out of Bed (Transfer) has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.transfer": 3}, "steps": [], "children": []}, {"rule": "rank[transfer]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Moving In and Out of Bed (Transfer) has its own rank on the notice, 3", "inputs": {"ranks.transfer": 3}, "steps": [], "children": []}, {"rule": "guideline_weekly[transfer]", "value": {"value": "1:00", "unit": "hours/week", "minutes": 60}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when has(weekly_need[t]) and rank[t] in 2..5", "reason": "the need for Moving In and Out of Bed (Transfer), 1:00 a week, is within the guideline range, so it is authorized as assessed", "inputs": {"weekly_need.transfer": {"value": "1:00", "unit": "hours/week", "minutes": 60}}, "steps": [], "children": [{"rule": "needs_exception[transfer]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Moving In and Out of Bed (Transfer) is within the guideline range, or there is no need or rank to compare", "inputs": {"weekly_need.transfer": {"value": "1:00", "unit": "hours/week", "minutes": 60}}, "steps": ["htg[transfer, 3] = 0:35 to 1:24 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]"], "children": [{"rule": "ranked[transfer]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Moving In and Out of Bed (Transfer) has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "rank[transfer]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Moving In and Out of Bed (Transfer) has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "exception_undocumented[transfer]", "value": false, "cite": ["W&I Code 12301.2(c)"], "unverified": ["htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Moving In and Out of Bed (Transfer) is within the guideline range, or the county documented why it is not", "inputs": {}, "steps": [], "children": [{"rule": "needs_exception[transfer]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[transfer, 3]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Moving In and Out of Bed (Transfer) is within the guideline range, or there is no need or rank to compare", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "rank[transfer]", "value": 3, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Moving In and Out of Bed (Transfer) has its own rank on the notice, 3", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[bathing_grooming]", "value": {"value": "3:30", "unit": "hours/week", "minutes": 210}, "cite": ["MPP 30-757.1(a)", "MPP 30-701(s)(1)(A)"], "unverified": ["htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in PersonalCare", "reason": "Bathing, Oral Hygiene and Grooming is a personal care service: the test counts it, 3:30 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[bathing_grooming]", "value": {"value": "3:30", "unit": "hours/week", "minutes": 210}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Bathing, Oral Hygiene and Grooming does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[bathing_grooming]", "value": {"value": "3:30", "unit": "hours/week", "minutes": 210}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when t in GuidedTask and ((ranked[t] and rank[t] in 2..5) or (not ranked[t] and has(weekly_need[t])))", "reason": "Bathing, Oral Hygiene and Grooming has an Hourly Task Guideline, so its time is worked out by the guideline", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[bathing_grooming]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Bathing, Oral Hygiene and Grooming has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {"ranks.bathing_grooming": 4}, "steps": [], "children": []}, {"rule": "rank[bathing_grooming]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Bathing, Oral Hygiene and Grooming has its own rank on the notice, 4", "inputs": {"ranks.bathing_grooming": 4}, "steps": [], "children": []}, {"rule": "guideline_weekly[bathing_grooming]", "value": {"value": "3:30", "unit": "hours/week", "minutes": 210}, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "when has(weekly_need[t]) and rank[t] in 2..5", "reason": "the need for Bathing, Oral Hygiene and Grooming, 3:30 a week, is within the guideline range, so it is authorized as assessed", "inputs": {"weekly_need.bathing_grooming": {"value": "3:30", "unit": "hours/week", "minutes": 210}}, "steps": [], "children": [{"rule": "needs_exception[bathing_grooming]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Bathing, Oral Hygiene and Grooming is within the guideline range, or there is no need or rank to compare", "inputs": {"weekly_need.bathing_grooming": {"value": "3:30", "unit": "hours/week", "minutes": 210}}, "steps": ["htg[bathing_grooming, 4] = 2:21 to 4:05 a week [MPP 30-757.1(a), ACL 06-34, ACIN I-97-20]"], "children": [{"rule": "ranked[bathing_grooming]", "value": true, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Bathing, Oral Hygiene and Grooming has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "rank[bathing_grooming]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Bathing, Oral Hygiene and Grooming has its own rank on the notice, 4", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "exception_undocumented[bathing_grooming]", "value": false, "cite": ["W&I Code 12301.2(c)"], "unverified": ["htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "Bathing, Oral Hygiene and Grooming is within the guideline range, or the county documented why it is not", "inputs": {}, "steps": [], "children": [{"rule": "needs_exception[bathing_grooming]", "value": false, "cite": ["MPP 30-757.1(a)"], "unverified": ["htg[bathing_grooming, 4]: recalled: verify against MPP 30-757 and ACL 06-34 Attachment C"], "applied": "otherwise: no exception applies", "reason": "the need for Bathing, Oral Hygiene and Grooming is within the guideline range, or there is no need or rank to compare", "inputs": {}, "steps": [], "children": [], "repeated": true}]}, {"rule": "rank[bathing_grooming]", "value": 4, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "when has(ranks[t])", "reason": "Bathing, Oral Hygiene and Grooming has its own rank on the notice, 4", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[repositioning]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1", "MPP 30-701(s)(1)(A)"], "unverified": [], "applied": "when t in PersonalCare", "reason": "Repositioning and Rubbing Skin is a personal care service: the test counts it, 0:00 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[repositioning]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Repositioning and Rubbing Skin does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[repositioning]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Repositioning and Rubbing Skin has no need assessed and no rank that gives it time", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[repositioning]", "value": false, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Repositioning and Rubbing Skin has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [{"rule": "fi_ranks_given", "value": false, "cite": ["MPP 30-756.1"], "unverified": [], "applied": "definition", "reason": "the notice ranks at least one Functional Index function", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[prosthesis]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1", "MPP 30-701(s)(1)(A)"], "unverified": [], "applied": "when t in PersonalCare", "reason": "Care of Prosthetic Devices is a personal care service: the test counts it, 0:00 a week", "inputs": {}, "steps": [], "children": [{"rule": "task_prorated[prosthesis]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Care of Prosthetic Devices does not also serve the household, so it is not divided", "inputs": {}, "steps": [], "children": [{"rule": "task_authorized[prosthesis]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.1"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Care of Prosthetic Devices has no need assessed and no rank that gives it time", "inputs": {}, "steps": [], "children": [{"rule": "minor", "value": false, "cite": ["ACL 23-106"], "unverified": [], "applied": "definition", "reason": "the recipient is 54", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "spouse_provides", "value": false, "cite": ["MPP 30-763.413", "ACL 21-91"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "the case says whether an able and available spouse lives in the home", "inputs": {}, "steps": [], "children": [], "repeated": true}, {"rule": "ranked[prosthesis]", "value": false, "cite": ["MPP 30-756.1", "W&I Code 12309(d)"], "unverified": [], "applied": "definition", "reason": "Care of Prosthetic Devices has a rank when the notice ranks it, or ranks the Functional Index function that covers it", "inputs": {}, "steps": [], "children": [{"rule": "fi_ranks_given", "value": false, "cite": ["MPP 30-756.1"], "unverified": [], "applied": "definition", "reason": "the notice ranks at least one Functional Index function", "inputs": {}, "steps": [], "children": [], "repeated": true}]}]}]}]}, {"rule": "si_task_weekly[accompaniment_medical]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Accompaniment to Medical Appointments is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "si_task_weekly[accompaniment_alternative_resource]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Accompaniment to Alternative Resource Sites is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "si_task_weekly[yard_hazard_abatement]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Yard Hazard Abatement is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "si_task_weekly[heavy_cleaning]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Heavy Cleaning is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "si_task_weekly[teaching_demonstration]", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-701(s)(1)"], "unverified": [], "applied": "otherwise: no exception applies", "reason": "Teaching and Demonstration is not one of the services the severely-impaired test counts", "inputs": {}, "steps": [], "children": []}, {"rule": "paramedical_weekly", "value": {"value": "0:00", "unit": "hours/week", "minutes": 0}, "cite": ["MPP 30-757.19", "MPP 30-757.194", "MPP 30-757.197", "W&I Code 12300.1"], "unverified": [], "applied": "definition", "reason": "an order counts once the county has received its SOC 321, on or before the assessment date (March 2, 2026)", "inputs": {"paramedical": []}, "steps": [], "children": []}]}]}]}}}
[exit 0]
