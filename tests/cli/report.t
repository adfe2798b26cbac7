$ cite report rules --facts examples/adult-ipo.json | diff examples/adult-ipo.report.txt - && echo same
same
[exit 0]
$ cite report rules --facts examples/child-cfco-ps.json | diff examples/child-cfco-ps.report.txt - && echo same
same
[exit 0]
$ cite report rules --facts examples/older-paramedical-spouse.json | diff examples/older-paramedical-spouse.report.txt - && echo same
same
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --format markdown | diff examples/adult-ipo.report.md - && echo same
same
[exit 0]
$ cite report rules --facts examples/child-cfco-ps.json --format md | diff examples/child-cfco-ps.report.md - && echo same
same
[exit 0]
$ cite report rules --facts examples/older-paramedical-spouse.json --format markdown | diff examples/older-paramedical-spouse.report.md - && echo same
same
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --format html --out ${TMPDIR:-/tmp}/cite-report.html && head -c 15 ${TMPDIR:-/tmp}/cite-report.html && grep -c '<section' ${TMPDIR:-/tmp}/cite-report.html
<!DOCTYPE html>7
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --date 2019-01-01 | grep -A1 'Rules in force'
Rules in force on: January 1, 2019
CAUTION: This is legal information, not legal advice. It shows what cite
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --format pdf
cite: --format takes text, markdown, html or json, not 'pdf'
(cite --help shows the commands and their options)
[exit 2]
$ cite report rules
cite: report needs --facts CASE
(cite --help shows the commands and their options)
[exit 2]
$ cite report rules --facts examples/adult-ipo.json --out /nonexistent/dir/report.html
cite: cannot write /nonexistent/dir/report.html: No such file or directory
[exit 2]
$ cite report rules --facts examples/adult-ipo.json --query total_monthly
cite: report does not take --query (it is an option of eval, whatif, run)
(cite report --help shows its options)
[exit 2]
$ : 'issue 14: a case lacking facts gets a report that says which facts are missing and which rule reads each, not a crash or an error'
[exit 0]
$ cite report rules --facts tests/cli/cases/empty-object.json | sed -n '/^The figures/,/^Protective/p'; cite report rules --facts tests/cli/cases/empty-object.json > /dev/null; echo "exit $?"
The figures
-----------
Total a month:     not worked out
                     the case has no age (the recipient's age in years), which
                     the rule minor reads
Assessed services: not worked out
                     the case has no age (the recipient's age in years), which
                     the rule minor reads
Program maximum:   not worked out
                     the case has no age (the recipient's age in years), which
                     the rule minor reads
Severely impaired: not worked out
                     the case has no age (the recipient's age in years), which
                     the rule minor reads

Services, task by task (hours:minutes a week)
---------------------------------------------
Not worked out: the case has no age (the recipient's age in years), which the
rule minor reads.

Protective supervision
exit 0
[exit 0]
$ cite report rules --facts examples/before-assessment.json | sed -n '/^Dates/,/^Differences/p'
Dates
-----
The hearing was requested before the action's effective date, so the hours
continue until the decision:
  no
    no hearing has been asked for and no Notice of Action is given: when a
    notice reduces or ends the hours, ask for a hearing and aid paid pending
    before the day it takes effect; [MPP 22-072]
The day the next assessment is due: 12 months after the last one:
  November 30, 2026
    your last assessment was on November 30, 2025: the county must assess you
    again by November 30, 2026, 12 months later; if it has not, ask for one;
    [W&I Code 12301.1(b)(1)]
The last day of the 30 the county has to assess after a request; after it, a
hearing may be asked for:
  November 11, 2026
    you asked for an assessment on October 12, 2026: if the county has not
    assessed you by November 11, 2026, you can ask for a state hearing;
    [MPP 30-759.2]
Not worked out, for lack of a fact: hearing_deadline (needs
notice_of_action.date); hearing_deadline_good_cause (needs
notice_of_action.date); notice_timely (needs notice_of_action.date);
position_statement_due (needs hearing_date).

Differences from the county's notice
[exit 0]
$ cite report rules --facts examples/before-assessment.json | grep -A1 '^hearing_deadline: not evaluated'
hearing_deadline: not evaluated: the case has no notice_of_action.date (the date on the Notice of
    Action)  [W&I Code 10951(a)]
[exit 0]
$ : 'ranks from the Functional Index (fi_ranks) show in the Rank column; a documented exception says its reason'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/fi-ranks-exception.json | sed -n '/^Service  /,/^Protective/p'
Service                             Rank  Guideline  Need  Authorized  Citation
----------------------------------  ----  ---------  ----  ----------  -----------------------------
Laundry                             2                1:00  1:00        MPP 30-757.1
    Laundry is ranked 2 and has no guideline, so its need as assessed is
      authorized, 1:00 a week
Routine Bed Baths                   4     1:10-3:30        0:00 *      MPP 30-756.1
    Routine Bed Baths is ranked only through a function that covers other
      tasks, and has no need of its own: no time
Dressing                            3     1:01-1:52  1:30  1:30 *      MPP 30-757.1(a)
    the need for Dressing, 1:30 a week, is within the guideline range, so it
      is authorized as assessed
Bathing, Oral Hygiene and Grooming  4     2:21-4:05  6:00  6:00 *      W&I Code 12301.2(c);
                                                                       MPP 30-757.1(a)
    the need for Bathing, Oral Hygiene and Grooming, 6:00 a week, is outside
      the guideline range and the reason is documented: two-person assist
      after a stroke, documented by her physician
Care of Prosthetic Devices          3     0:28-1:07        0:00 *      MPP 30-756.1
    Care of Prosthetic Devices is ranked only through a function that covers
      other tasks, and has no need of its own: no time

Protective supervision
[exit 0]
$ : 'a county notice that agrees with the rules to the minute has no differences (a difference under half a minute is its rounding, not a difference)'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/county-agrees.json | sed -n '/^Differences/,/^Figures/p'
Differences from the county's notice
------------------------------------
The rules find no difference from the figures of the county's notice.

Figures not yet checked against the regulation
[exit 0]
$ : 'a case with no task: the section says so, no empty table'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/no-tasks.json | sed -n '/^Services/,/^Protective/p'; cite report rules --facts tests/cli/report-cases/no-tasks.json --format html | grep -c '<table' || true
Services, task by task (hours:minutes a week)
---------------------------------------------
The case has no task with a rank or a need.

Protective supervision
0
[exit 0]
$ : 'a total held to the program maximum shows the arithmetic and the reason'
[exit 0]
$ cite report rules --facts examples/adult-ipo.json --set weekly_need.bathing_grooming=50:00 --set 'exception_reason.bathing_grooming="documented"' | sed -n '/^Total a month/,/^Assessed/p'
Total a month:     283:00 a month *
                     289:35 a month > 283:00 a month: yes (6:35 above); the
                     services and protective supervision come to more than the
                     program maximum, 283:00 a month: the total is the
                     maximum;
                     [W&I Code 12303.4; ACIN I-28-06; ACL 11-19; ACL 14-60]
Assessed services: 289:35 a month *
[exit 0]
$ : 'rules without the whole case interface (a slice of it) still make a packet of what they have'
[exit 0]
$ cite report tests/cli/slice --facts tests/cli/slice/adult.json | sed -n '/^The figures/,/^Appendix/p'
The figures
-----------
Program maximum:   283:00 a month
                     [W&I Code 12303.4]
Severely impaired: yes
                     24:15 a week >= 20:00 a week: yes (4:15 above);
                     [MPP 30-701(s)(1); W&I Code 12303.4]

Appendix: how each figure was worked out
[exit 0]
$ cite report rules --facts tests/cli/report-cases/fi-ranks-exception.json --format json | grep -o '"kind": "[a-z_]*"' | sort | uniq -c
      1 "kind": "caution"
      1 "kind": "columns"
      3 "kind": "fields"
      8 "kind": "heading"
      1 "kind": "list"
      1 "kind": "page_break"
      5 "kind": "paragraph"
     30 "kind": "preformatted"
      2 "kind": "table"
[exit 0]
$ : 'protective supervision requested, criteria not all met and no SOC 821: each criterion a line, what is not given said so'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/ps-pending.json | sed -n '/^Protective/,/^Dates/p'
Protective supervision
----------------------
A mental impairment or illness limits memory, orientation or judgment:
  yes
Unable to assess danger and the risk of harm (non-self-directing):
  yes
Physically able to engage in potentially dangerous activity:
  yes
Needs to be observed 24 hours a day to remain safely at home:
  no
The dangerous behavior is unpredictable, not limited to known times:
  no
The day the county received the SOC 821 signed by a physician:
  not received
Every source the need for supervision arises from (one, or a list):
  none given
A minor needs more supervision than a child of the same age without the
impairment:
  not given
Eligible:      no
                 protective supervision was requested: every criterion must
                 hold; a need to be observed 24 hours a day is not shown;
                 [MPP 30-757.173(a); MPP 30-757.17; MPP 30-757.171; ACL 15-25]
Hours a month: 0:00 a month
                 from July 1, 2020, protective supervision is not divided
                 among recipients; [MPP 30-757.17; ACL 20-111]

Dates
[exit 0]
$ : 'issue 12 (packet.c coverage): reports of cases a family could bring'
[exit 0]
$ : 'a county notice that differs: each difference a row with its rule, reason and citation, marked * where it rests on an unverified figure'
[exit 0]
$ cite report rules --facts examples/adult-ipo-county-notice.json | sed -n '/^Differences/,/^Figures not/p'
Differences from the county's notice
------------------------------------
What                                         Finding         Citation
-------------------------------------------  --------------  ------------------------------------
Dressing                                     0:44 a week *   MPP 30-757
    notice_difference: the rules give 1:45 a week for Dressing; the county's
      notice gives 1:01 a week
Bathing, Oral Hygiene and Grooming           1:30 a week *   MPP 30-757
    notice_difference: the rules give 3:30 a week for Bathing, Oral Hygiene
      and Grooming; the county's notice gives 2:00 a week
Bathing, Oral Hygiene and Grooming           yes *           MPP 30-757.1(a); W&I Code 12301.2(c)
    notice_below_guideline: the county's 2:00 a week for Bathing, Oral Hygiene
      and Grooming is below the guideline's low bound for rank 4, 2:21 a week,
      without a documented reason
The rules' total a month minus the county's  8:14 a month *  MPP 30-757
    notice_total_difference: the rules give 88:14 a month; the county's notice
      gives 80:00 a month

Figures not yet checked against the regulation
[exit 0]
$ cite report rules --facts examples/adult-ipo-county-notice.json --format markdown | sed -n '/^## Differences/,/^## Figures/p'
## Differences from the county's notice

| What | Finding | Citation |
|---|---|---|
| Dressing<br>*notice\_difference: the rules give 1:45 a week for Dressing; the county's notice gives 1:01 a week* | 0:44 a week \* | MPP 30-757 |
| Bathing, Oral Hygiene and Grooming<br>*notice\_difference: the rules give 3:30 a week for Bathing, Oral Hygiene and Grooming; the county's notice gives 2:00 a week* | 1:30 a week \* | MPP 30-757 |
| Bathing, Oral Hygiene and Grooming<br>*notice\_below\_guideline: the county's 2:00 a week for Bathing, Oral Hygiene and Grooming is below the guideline's low bound for rank 4, 2:21 a week, without a documented reason* | yes \* | MPP 30-757.1(a); W&I Code 12301.2(c) |
| The rules' total a month minus the county's<br>*notice\_total\_difference: the rules give 88:14 a month; the county's notice gives 80:00 a month* | 8:14 a month \* | MPP 30-757 |

---

## Figures not yet checked against the regulation
[exit 0]
$ cite report rules --facts examples/adult-ipo-county-notice.json --format json | grep -o '"notice_total_difference": [^,]*'
"notice_total_difference": {"value": "8:14"
[exit 0]
$ : 'the notice copied but the age not given: each comparison one row, naming the fact it needs and the rule that reads it'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/notice-no-age.json | sed -n '/^Differences/,/^Figures not/p'
Differences from the county's notice
------------------------------------
What                                        Finding         Citation
------------------------------------------  --------------  ------------------------------------
Every IHSS service task                     not worked out  ACL 23-106
    notice_difference: the case has no age (the recipient's age in years),
      which the rule minor reads
Dressing                                    yes *           MPP 30-757.1(a); W&I Code 12301.2(c)
    notice_below_guideline: the county's 1:00 a week for Dressing is below the
      guideline's low bound for rank 3, 1:01 a week, without a documented
      reason
The rules' total a month minus the          not worked out  ACL 23-106
county's
    notice_total_difference: the case has no age (the recipient's age in
      years), which the rule minor reads
The county's program or severity gives      not worked out  ACL 23-106
another maximum than the rules
    notice_program_maximum_differs: the case has no age (the recipient's age
      in years), which the rule minor reads

Figures not yet checked against the regulation
[exit 0]
$ : 'paramedical orders dropped: an SOC 321 received after the assessment date, and one never received, are NOT COUNTED'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/paramedical-dropped.json | sed -n '/^Paramedical/,/^Protective/p'
Paramedical services (SOC 321)
------------------------------
- insulin injections: 10 minutes, 14 times a week = 2:20 a week; SOC 321
  received April 20, 2026: counted
- wound care, sterile dressing change: 30 minutes, 7 times a week; SOC 321
  received May 11, 2026: NOT COUNTED
- bowel program, digital stimulation: 20 minutes, 7 times a week; no SOC 321
  received: NOT COUNTED
Paramedical time: 2:20 a week. An order counts once the county has received
its SOC 321, on or before the assessment date (May 4, 2026)
[MPP 30-757.19; MPP 30-757.194; MPP 30-757.197; W&I Code 12300.1]

Protective supervision
[exit 0]
$ cite report rules --facts tests/cli/report-cases/paramedical-dropped.json --format markdown | sed -n '/^## Paramedical/,/^## Protective/p'
## Paramedical services (SOC 321)

- insulin injections: 10 minutes, 14 times a week = 2:20 a week; SOC 321 received April 20, 2026: counted
- wound care, sterile dressing change: 30 minutes, 7 times a week; SOC 321 received May 11, 2026: NOT COUNTED
- bowel program, digital stimulation: 20 minutes, 7 times a week; no SOC 321 received: NOT COUNTED

Paramedical time: 2:20 a week. An order counts once the county has received its SOC 321, on or before the assessment date (May 4, 2026) [MPP 30-757.19; MPP 30-757.194; MPP 30-757.197; W&I Code 12300.1]

## Protective supervision
[exit 0]
$ cite report rules --facts tests/cli/report-cases/paramedical-dropped.json --format html | grep -o 'NOT COUNTED' | wc -l
2
[exit 0]
$ : 'orders before the assessment date is known: none looked at, and the figure names the fact it needs'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/paramedical-undated.json | sed -n '1,6p;/^Paramedical/,/^Protective/p'
IHSS hours: what the rules give for paramedical-undated
=======================================================
Recipient:         age 66
Program:           Personal Care Services Program (PCSP)
Assessment date:   not given
Rules in force on: not given
Paramedical services (SOC 321)
------------------------------
- insulin injections: 10 minutes, 14 times a week; SOC 321 received April 20,
  2026: not looked at
- bowel program, digital stimulation: 20 minutes, 7 times a week; no SOC 321
  received: not looked at
Paramedical time: not worked out: the case has no assessment_date (the date of
the assessment; it selects the rules in force).

Protective supervision
[exit 0]
$ cite report rules --facts tests/cli/report-cases/paramedical-undated.json --date 2026-06-01 | sed -n '/^Assessment date/,/^Rules in force/p'
Assessment date:   not given
Rules in force on: June 1, 2026
[exit 0]
$ : 'a child asks for protective supervision, the comparison with a child of the same age not given: eligibility not worked out, naming the fact'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/ps-child-pending.json | sed -n '/^Protective/,/^Dates/p'
Protective supervision
----------------------
A mental impairment or illness limits memory, orientation or judgment:
  yes
Unable to assess danger and the risk of harm (non-self-directing):
  yes
Physically able to engage in potentially dangerous activity:
  yes
Needs to be observed 24 hours a day to remain safely at home:
  yes
The dangerous behavior is unpredictable, not limited to known times:
  yes
The day the county received the SOC 821 signed by a physician:
  April 20, 2026
Every source the need for supervision arises from (one, or a list):
  anti-social or aggressive behavior; risk of injury, hazard or accident from
  non-self-directing behavior
A minor needs more supervision than a child of the same age without the
impairment:
  not given
Eligible:      not worked out
                 the case has no
                 protective_supervision.more_supervision_than_same_age (a
                 minor needs more supervision than a child of the same age
                 without the impairment), which the rule
                 protective_supervision_criteria_met reads
Hours a month: not worked out
                 the case has no
                 protective_supervision.more_supervision_than_same_age (a
                 minor needs more supervision than a child of the same age
                 without the impairment), which the rule
                 protective_supervision_criteria_met reads

Dates
[exit 0]
$ : 'with it given: the SOC 821 came after the assessment, so not eligible; both sources of the need listed'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/ps-child-pending.json --set protective_supervision.more_supervision_than_same_age=true | sed -n '/^Protective/,/^Dates/p'
Protective supervision
----------------------
A mental impairment or illness limits memory, orientation or judgment:
  yes
Unable to assess danger and the risk of harm (non-self-directing):
  yes
Physically able to engage in potentially dangerous activity:
  yes
Needs to be observed 24 hours a day to remain safely at home:
  yes
The dangerous behavior is unpredictable, not limited to known times:
  yes
The day the county received the SOC 821 signed by a physician:
  April 20, 2026
Every source the need for supervision arises from (one, or a list):
  anti-social or aggressive behavior; risk of injury, hazard or accident from
  non-self-directing behavior
A minor needs more supervision than a child of the same age without the
impairment:
  yes
Eligible:      no
                 protective supervision was requested: every criterion must
                 hold; no SOC 821 was received by the assessment date (April
                 6, 2026);
                 [MPP 30-757.173(a)(1); MPP 30-757.17; MPP 30-757.171; MPP 30-757.173(a); ACL 15-25]
Hours a month: 0:00 a month
                 April 20, 2026 > April 6, 2026: yes;
                 [MPP 30-757.17; ACL 20-111]

Dates
[exit 0]
$ cite report rules --facts tests/cli/report-cases/ps-child-pending.json --format json | grep -o '"protective_supervision_eligible": [^}]*}'
"protective_supervision_eligible": {"error": {"message": "fact 'protective_supervision.more_supervision_than_same_age' is missing: a minor needs more supervision than a child of the same age without the impairment (input protective_supervision)", "rule": "protective_supervision_criteria_met", "cite": ["ACL 15-25", "ACL 98-87"]}
[exit 0]
$ : 'a request withdrawn (requested: false) is not requested'
[exit 0]
$ cite report rules --facts examples/child-cfco-ps.json --set protective_supervision.requested=false | sed -n '/^Protective/,/^Dates/p'
Protective supervision
----------------------
Not requested.

Dates
[exit 0]
$ : 'a case whose figures rest on nothing unverified says so'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/no-tasks.json | sed -n '/^Figures not yet/,/^Appendix/p'
Figures not yet checked against the regulation
----------------------------------------------
None: every figure this case rests on was checked against the text of the law.

Appendix: how each figure was worked out
[exit 0]
$ : 'a need assessed for a task without a rank (the rank column empty), and a task ranked 1, independent (no guideline)'
[exit 0]
$ cite report rules --facts tests/cli/report-cases/no-tasks.json --set weekly_need.laundry=1:00 --set ranks.dressing=1 --set weekly_need.dressing=0:30 | sed -n '/^Services/,/^Protective/p'
Services, task by task (hours:minutes a week)
---------------------------------------------
Service   Rank  Guideline  Need  Authorized  Citation
--------  ----  ---------  ----  ----------  -------------------------------
Laundry                    1:00  1:00        MPP 30-757.1
    Laundry has no rank and no guideline, so its need as assessed is
      authorized, 1:00 a week
Dressing  1                0:30  0:00        MPP 30-756.1; W&I Code 12309(d)
    Dressing is ranked 1 (independent), so no time is authorized for it

Protective supervision
[exit 0]
$ : 'the county-notice table stays within 100 columns when the notice gives another program and severity (the notice of examples/adult-ipo-county-notice.json with CFCO, severely impaired): the long first column wraps at words, the citations at "; "'; cite report rules --facts tests/cli/report-cases/notice-other-program.json > ${TMPDIR:-/tmp}/cite-cn.txt; awk 'length > 100' ${TMPDIR:-/tmp}/cite-cn.txt | wc -l; grep -A1 "^The county's program" ${TMPDIR:-/tmp}/cite-cn.txt
0
The county's program or severity gives      yes *           ACIN I-28-06; ACL 11-19; ACL 14-60;
another maximum than the rules                              W&I Code 12303.4
[exit 0]
