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
